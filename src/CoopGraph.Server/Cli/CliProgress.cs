using System.Runtime.CompilerServices;
using Spectre.Console;

namespace CoopGraph.Server.Cli;

/// <summary>
/// Progress of long runs (reading a million-edge file, analysing it, importing it) on standard error with
/// Spectre.Console; nothing at all when standard error is not a terminal (pipes, files, CI, tests), so what scripts
/// read stays exactly the findings.
/// </summary>
internal static class CliProgress
{
    /// <summary>True when <paramref name="error"/> is the process's standard error and that is a terminal.</summary>
    public static bool IsShownOn(TextWriter error) =>
        ReferenceEquals(error, System.Console.Error) && !System.Console.IsErrorRedirected;

    /// <summary>Runs <paramref name="work"/> with a bar that <paramref name="work"/> moves by reporting how far of <paramref name="total"/> it is.</summary>
    public static T Measured<T>(TextWriter error, string description, long total, Func<IProgress<long>?, T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        return IsShownOn(error) && total > 0 ? ShowMeasured(description, total, work) : work(null);
    }

    /// <summary>Runs <paramref name="work"/> under a spinner saying <paramref name="description"/> and how long it has taken.</summary>
    public static T Spinning<T>(TextWriter error, string description, Func<T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        return IsShownOn(error) ? ShowSpinning(description, work) : work();
    }

    /// <summary><see cref="Spinning{T}"/> for asynchronous work.</summary>
    public static Task<T> SpinningAsync<T>(TextWriter error, string description, Func<Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        return IsShownOn(error) ? ShowSpinningAsync(description, work) : work();
    }

    // The Show methods alone touch Spectre.Console, so a piped run never loads it (it is a large assembly to JIT).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static T ShowMeasured<T>(string description, long total, Func<IProgress<long>?, T> work) =>
        Console().Progress().AutoClear(true).HideCompleted(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask(description, maxValue: total);
                var result = work(new Progress(task));
                task.StopTask();
                return result;
            });

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static T ShowSpinning<T>(string description, Func<T> work) =>
        Console().Progress().AutoClear(true).HideCompleted(true)
            .Columns(new SpinnerColumn(), new TaskDescriptionColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask(description).IsIndeterminate();
                var result = work();
                task.StopTask();
                return result;
            });

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Task<T> ShowSpinningAsync<T>(string description, Func<Task<T>> work) =>
        Console().Progress().AutoClear(true).HideCompleted(true)
            .Columns(new SpinnerColumn(), new TaskDescriptionColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(description).IsIndeterminate();
                var result = await work().ConfigureAwait(false);
                task.StopTask();
                return result;
            });

    private static IAnsiConsole Console() =>
        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(System.Console.Error) });

    // Setting the value from the reading thread is what Spectre's tasks expect; the renderer samples it.
    private sealed class Progress(ProgressTask task) : IProgress<long>
    {
        public void Report(long value) => task.Value = value;
    }
}
