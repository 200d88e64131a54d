using static CoopGraph.Domain.Formats.JsonBytes;
using static CoopGraph.Domain.Formats.JsonStrings;

namespace CoopGraph.Domain.Formats;

/// <summary>
/// Reads the top-level fields of a canonical document other than its links (format version, name, source, offices,
/// areas, subjects, networks) straight from the bytes, for <see cref="DocumentScanner"/>: with them the serializer's
/// metadata is never built on the way in, which a short <c>validate</c> paid for whatever the file's size (about 80 ms
/// of JIT-compiled generics on Lima). Strict like <see cref="LinkScanner"/>: each field once, only the schema's fields,
/// anything else declined. A field absent is left as the serializer leaves it (null lists, false flags); the reader's
/// checks and normalisation then treat both ways alike.
/// </summary>
internal sealed class SectionScanner(AsciiStrings names)
{
    private const int FormatVersionBit = 1, NameBit = 2, SourceBit = 4, OfficesBit = 8, AreasBit = 16, SubjectsBit = 32, NetworksBit = 64;
    private const int RequiredBits = FormatVersionBit | NameBit | OfficesBit | AreasBit | SubjectsBit;

    private readonly List<Office> _offices = [];
    private readonly List<Area> _areas = [];
    private readonly List<Subject> _subjects = [];
    private List<Network>? _networks;
    private int _seen;
    private int _formatVersion;
    private string? _name;
    private string? _source;

    /// <summary>Reads the value of the top-level field <paramref name="field"/>; false when it is not one of these or is declined.</summary>
    public bool TryRead(ReadOnlySpan<byte> field, ReadOnlySpan<byte> json, ref int i)
    {
        var bit = Is(field, "formatVersion"u8) ? FormatVersionBit : Is(field, "name"u8) ? NameBit : Is(field, "source"u8) ? SourceBit :
            Is(field, "offices"u8) ? OfficesBit : Is(field, "areas"u8) ? AreasBit : Is(field, "subjects"u8) ? SubjectsBit :
            Is(field, "networks"u8) ? NetworksBit : 0;
        return Once(ref _seen, bit) && bit switch
        {
            FormatVersionBit => ReadSmallInt(json, ref i, out _formatVersion),
            NameBit => ReadString(json, ref i, null, out _name),
            SourceBit => ReadNullableString(json, ref i, out _source),
            OfficesBit => ReadArray(json, ref i, this, static (ReadOnlySpan<byte> j, ref int k, SectionScanner s) => s.ReadOffice(j, ref k)),
            AreasBit => ReadArray(json, ref i, this, static (ReadOnlySpan<byte> j, ref int k, SectionScanner s) => s.ReadArea(j, ref k)),
            SubjectsBit => ReadArray(json, ref i, this, static (ReadOnlySpan<byte> j, ref int k, SectionScanner s) => s.ReadSubject(j, ref k)),
            _ => ReadArray(json, ref i, _networks = [], static (ReadOnlySpan<byte> j, ref int k, List<Network> n) => ReadNetwork(j, ref k, n)),
        };
    }

    /// <summary>The dataset of these fields and <paramref name="requests"/> and <paramref name="offers"/>; null when a required field was absent.</summary>
    public Dataset? Dataset(List<Request> requests, List<Offer> offers) => (_seen & RequiredBits) == RequiredBits
        ? new Dataset(_formatVersion, _name!, _source, _offices, _areas, _subjects, requests, offers, _networks!)
        : null;

    private bool ReadOffice(ReadOnlySpan<byte> json, ref int i)
    {
        string? code = null, name = null, institution = null;
        List<string>? aliases = null;
        var (attended, seen) = (false, 0);
        for (var n = 0; ; n++)
        {
            var step = NextField(json, ref i, n, out var field);
            if (step != JsonStep.Value)
            {
                if (step == JsonStep.Declined || (seen & 3) != 3)
                {
                    return false;
                }

                _offices.Add(new Office(code!, name!, aliases!, institution, attended));
                return true;
            }

            var bit = Is(field, "code"u8) ? 1 : Is(field, "name"u8) ? 2 : Is(field, "aliases"u8) ? 4 : Is(field, "institution"u8) ? 8 : Is(field, "attended"u8) ? 16 : 0;
            var ok = Once(ref seen, bit) && bit switch
            {
                1 => ReadString(json, ref i, names, out code),
                2 => ReadString(json, ref i, null, out name),
                4 => ReadStringList(json, ref i, out aliases),
                8 => ReadNullableString(json, ref i, out institution),
                _ => ReadBool(json, ref i, out attended),
            };
            if (!ok)
            {
                return false;
            }
        }
    }

    private bool ReadArea(ReadOnlySpan<byte> json, ref int i)
    {
        string? id = null, name = null;
        var seen = 0;
        for (var n = 0; ; n++)
        {
            var step = NextField(json, ref i, n, out var field);
            if (step != JsonStep.Value)
            {
                if (step == JsonStep.Declined || seen != 3)
                {
                    return false;
                }

                _areas.Add(new Area(id!, name!));
                return true;
            }

            var bit = Is(field, "id"u8) ? 1 : Is(field, "name"u8) ? 2 : 0;
            if (!Once(ref seen, bit) || !(bit == 1 ? ReadString(json, ref i, names, out id) : ReadString(json, ref i, null, out name)))
            {
                return false;
            }
        }
    }

    private bool ReadSubject(ReadOnlySpan<byte> json, ref int i)
    {
        string? id = null, area = null, name = null, request = null;
        var (crossCutting, seen) = (false, 0);
        for (var n = 0; ; n++)
        {
            var step = NextField(json, ref i, n, out var field);
            if (step != JsonStep.Value)
            {
                if (step == JsonStep.Declined || (seen & 7) != 7)
                {
                    return false;
                }

                _subjects.Add(new Subject(id!, area!, name!, request, crossCutting));
                return true;
            }

            var bit = Is(field, "id"u8) ? 1 : Is(field, "area"u8) ? 2 : Is(field, "name"u8) ? 4 : Is(field, "request"u8) ? 8 : Is(field, "crossCutting"u8) ? 16 : 0;
            var ok = Once(ref seen, bit) && bit switch
            {
                1 => ReadString(json, ref i, names, out id),
                2 => ReadString(json, ref i, names, out area),
                4 => ReadString(json, ref i, null, out name),
                8 => ReadNullableString(json, ref i, out request),
                _ => ReadBool(json, ref i, out crossCutting),
            };
            if (!ok)
            {
                return false;
            }
        }
    }

    private static bool ReadNetwork(ReadOnlySpan<byte> json, ref int i, List<Network> networks)
    {
        string? id = null, name = null, description = null;
        List<string>? members = null;
        var seen = 0;
        for (var n = 0; ; n++)
        {
            var step = NextField(json, ref i, n, out var field);
            if (step != JsonStep.Value)
            {
                if (step == JsonStep.Declined || (seen & 3) != 3)
                {
                    return false;
                }

                networks.Add(new Network(id!, name!, description, members!));
                return true;
            }

            var bit = Is(field, "id"u8) ? 1 : Is(field, "name"u8) ? 2 : Is(field, "description"u8) ? 4 : Is(field, "members"u8) ? 8 : 0;
            var ok = Once(ref seen, bit) && bit switch
            {
                1 => ReadString(json, ref i, null, out id),
                2 => ReadString(json, ref i, null, out name),
                4 => ReadNullableString(json, ref i, out description),
                _ => ReadStringList(json, ref i, out members),
            };
            if (!ok)
            {
                return false;
            }
        }
    }
}
