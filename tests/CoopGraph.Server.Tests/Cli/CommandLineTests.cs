using CoopGraph.Tests.Shared;

namespace CoopGraph.Server.Tests.Cli;

/// <summary>Every flag is honoured or refused: mistyped options and verbs are usage errors (exit 2) with a suggestion.</summary>
public sealed class CommandLineTests
{
    [Fact]
    public void Verb_SubverbValueThatDoesNotParse_HintNamesTheWholeVerb()
    {
        var run = CliRun.Of("plan", "workshops", "--w-isolated", "abc");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("'coopgraph plan workshops --help' lists what it accepts");
    }

    [Theory]
    [InlineData("--kk", "--k", "path", "BRA", "HND", "--kk", "3")]
    [InlineData("--fromat", "--format", "analyze", "--fromat", "json")]
    [InlineData("--vew", "--view", "export", "--format", "dot", "--vew", "collaboration")]
    [InlineData("--alow-new", "--allow-new", "validate", "data/lima-2022.json", "--alow-new")]
    public void Verb_MistypedOption_ExitsTwoSuggestingTheOption(string typo, string suggestion, params string[] args)
    {
        var run = CliRun.Of([.. args.Select(a => a == "data/lima-2022.json" ? RepoPaths.Lima : a)]);

        run.ExitCode.ShouldBe(2, run.Output);
        run.Output.ShouldBeEmpty();
        run.Error.ShouldContain($"'{typo}'");
        run.Error.ShouldContain("Did you mean");
        run.Error.ShouldContain(suggestion);
    }

    [Fact]
    public void Root_MistypedVerb_ExitsTwoSuggestingTheVerb()
    {
        var run = CliRun.Of("analyse", "--data", RepoPaths.Lima);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("'analyse'");
        run.Error.ShouldContain("analyze");
    }

    [Theory]
    [InlineData("--stor", "--store", "serve", "--stor", "sqlite:x.db", "--urls", "http://127.0.0.1:0")]
    [InlineData("--url", "--urls", "serve", "--url", "http://127.0.0.1:1")]
    [InlineData("--url", "--urls", "--url", "http://127.0.0.1:1")]
    [InlineData("-urls", "--urls", "serve", "-urls", "http://127.0.0.1:1")]
    [InlineData("'foo'", null, "serve", "foo", "--urls", "http://127.0.0.1:0")]
    public async Task Serve_MistypedOption_ExitsTwoWithoutServing(string typo, string? suggestion, params string[] args)
    {
        // Were the typo ignored, a server would start: the timeout ends it and the exit code says so.
        var run = await CliRun.OfAsync(TimeSpan.FromSeconds(20), args);

        run.ExitCode.ShouldBe(2, run.Error);
        run.Error.ShouldContain(typo);
        if (suggestion is not null)
        {
            run.Error.ShouldContain($"Did you mean {suggestion}");
        }
    }
}
