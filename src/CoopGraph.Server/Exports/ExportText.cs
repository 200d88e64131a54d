using System.Text;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using CoopGraph.Domain.Formats;

namespace CoopGraph.Server.Exports;

/// <summary>Shared text output settings of the writers: UTF-8 without BOM, LF line ends, indented.</summary>
internal static class ExportText
{
    /// <summary>Indented JSON with readable accents.</summary>
    public static JsonSerializerOptions Json { get; } = ReadableJson.Options();

    /// <summary>Subject names as one text attribute: names hold spaces, so they are joined with <c>"; "</c>.</summary>
    public static string Names(IEnumerable<string> names) => string.Join("; ", names);

    /// <summary>The document as indented XML text.</summary>
    public static string Xml(XDocument document)
    {
        // Validation refuses characters XML cannot carry, but a dataset stored before that rule must still export.
        foreach (var attribute in document.Descendants().Attributes())
        {
            attribute.Value = XmlSafe(attribute.Value);
        }

        foreach (var text in document.DescendantNodes().OfType<XText>())
        {
            text.Value = XmlSafe(text.Value);
        }

        var builder = new StringBuilder();
        using (var writer = XmlWriter.Create(builder, new XmlWriterSettings { Indent = true, NewLineChars = "\n", Encoding = new UTF8Encoding(false) }))
        {
            document.Save(writer);
        }

        // StringBuilder output declares utf-16; the text is served and saved as UTF-8.
        return builder.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal) + "\n";
    }

    /// <summary><paramref name="value"/> with every character XML 1.0 cannot carry replaced by U+FFFD.</summary>
    private static string XmlSafe(string value)
    {
        if (!value.Any(c => !XmlConvert.IsXmlChar(c)))
        {
            return value;
        }

        var safe = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsSurrogatePair(value, i))
            {
                safe.Append(value, i++, 2);
            }
            else
            {
                safe.Append(XmlConvert.IsXmlChar(value[i]) ? value[i] : '\uFFFD');
            }
        }

        return safe.ToString();
    }
}
