using CoopGraph.Domain;
using CoopGraph.Domain.Changes;
using CoopGraph.Domain.Formats;
using CoopGraph.Domain.Validation;
using CoopGraph.Server.Snapshots;
using CoopGraph.Storage;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types;

/// <summary>GraphQL <c>Mutation</c>: edits of the network, each validated, all-or-nothing, by an API key holder.</summary>
public sealed class MutationType : ObjectGraphType
{
    public MutationType(SnapshotService snapshots, TimeProvider time)
    {
        Name = "Mutation";
        Description = "Edit the network. Needs `Authorization: Bearer <key>`. Each edit is validated and applied all-or-nothing.";

        Change("addRequest", "Add a request (the office must not already request the subject).")
            .Argument<NonNullGraphType<RequestInputType>>("input", "The request.")
            .ResolveAsync(ctx => Apply(ctx, snapshots, new AddRequest(ctx.GetArgument<Request>("input")), "input"));
        Change("addOffer", "Add an offer (the office must not already offer the subject).")
            .Argument<NonNullGraphType<OfferInputType>>("input", "The offer.")
            .ResolveAsync(ctx => Apply(ctx, snapshots, new AddOffer(ctx.GetArgument<Offer>("input")), "input"));
        Change("removeRequest", "Remove an existing request; INVALID_INPUT when the office does not request the subject.")
            .Argument<NonNullGraphType<IdGraphType>>("office", "Requesting office code (exactly, e.g. `HND`).")
            .Argument<NonNullGraphType<IdGraphType>>("subject", "Subject id.")
            .ResolveAsync(ctx => Remove(ctx, snapshots, (office, subject) => new RemoveRequest(office, subject)));
        Change("removeOffer", "Remove an existing offer; INVALID_INPUT when the office does not offer the subject.")
            .Argument<NonNullGraphType<IdGraphType>>("office", "Offering office code (exactly, e.g. `BRA`).")
            .Argument<NonNullGraphType<IdGraphType>>("subject", "Subject id.")
            .ResolveAsync(ctx => Remove(ctx, snapshots, (office, subject) => new RemoveOffer(office, subject)));
        Change("upsertOffice", "Add an office, or replace the one with the same code.")
            .Argument<NonNullGraphType<OfficeInputType>>("input", "The office.")
            .ResolveAsync(ctx => Apply(ctx, snapshots, new UpsertOffice(ctx.GetArgument<Office>("input")), "input"));
        Change("upsertSubject", "Add a subject, or replace the one with the same id.")
            .Argument<NonNullGraphType<SubjectInputType>>("input", "The subject.")
            .ResolveAsync(ctx => Apply(ctx, snapshots, new UpsertSubject(ctx.GetArgument<Subject>("input")), "input"));
        Change("importDataset", "Import a whole dataset, merged into the current one or replacing it; all-or-nothing.")
            .Argument<NonNullGraphType<DatasetFormatType>>("format", "The format of `content`.")
            .Argument<NonNullGraphType<StringGraphType>>("content", "The dataset text (canonical JSON, or the CSV edge list read against the current dataset).")
            .Argument<NonNullGraphType<ImportModeType>>("mode", "How the import combines with the current dataset: MERGE upserts by key and removes nothing; REPLACE makes it the whole dataset.")
            .Argument<BooleanGraphType>("allowNew", "For CSV: create offices and subjects the current dataset does not know (default false).")
            .ResolveAsync(ctx => Import(ctx, snapshots));
        Initiatives.InitiativeFields.AddMutations(this, snapshots, time);
    }

    /// <summary>A mutation field with the arguments every edit takes.</summary>
    internal FieldBuilder<object?, object> Change(string name, string description) =>
        Field<NonNullGraphType<MutationResultType>>(name).Description(description)
            .Argument<StringGraphType>("expectedVersion",
                "Apply only if the dataset still has this version (from `dataset { version }` or an earlier result); otherwise nothing is written and the error VERSION_CONFLICT carries `currentVersion`. For safe read-modify-write.");

    /// <summary>Applies one change as the caller's key; coded errors for a refusal or a version conflict.</summary>
    internal static async Task<object?> Apply(IResolveFieldContext ctx, SnapshotService snapshots, Change change, string argument)
    {
        var actor = ctx.Request().RequireWriter();
        try
        {
            var write = await snapshots.ApplyAsync([change], actor, ctx.GetArgument<string?>("expectedVersion"), ctx.CancellationToken).ConfigureAwait(false);
            return new MutationResult(write.Previous, write.Snapshot);
        }
        catch (StoreValidationException ex)
        {
            throw Invalid(ex.Report, "changes[0]", argument);
        }
        catch (StoreConflictException ex)
        {
            throw Conflict(ex);
        }
    }

    /// <summary>
    /// Removes a request or an offer. Its error names the argument that is wrong: <c>subject</c> when the dataset has the
    /// office but not the subject, otherwise <c>office</c> (an unknown office, or one that does not hold the link).
    /// </summary>
    private static Task<object?> Remove(IResolveFieldContext ctx, SnapshotService snapshots, Func<string, string, Change> change)
    {
        var office = ctx.GetArgument<string>("office");
        var subject = ctx.GetArgument<string>("subject");
        var dataset = ctx.Snapshot().Dataset;
        var wrong = dataset.Offices.Any(o => o.Code == office) && !dataset.Subjects.Any(s => s.Id == subject) ? "subject" : "office";
        return Apply(ctx, snapshots, change(office, subject), wrong);
    }

    private static async Task<object?> Import(IResolveFieldContext ctx, SnapshotService snapshots)
    {
        var actor = ctx.Request().RequireWriter();
        var current = ctx.Snapshot();
        var content = ctx.GetArgument<string>("content");
        var parsed = ctx.GetArgument<DatasetFormat>("format") == DatasetFormat.Json
            ? DatasetJson.Parse(content, "content")
            : DatasetCsv.Parse(content, "content", current.Dataset, ctx.GetArgument("allowNew", false));
        if (parsed.Dataset is null)
        {
            throw Invalid(parsed.Report, null, null);
        }

        try
        {
            var write = await snapshots.ImportAsync(parsed.Dataset, ctx.GetArgument<ImportMode>("mode"), actor, ctx.GetArgument<string?>("expectedVersion"), ctx.CancellationToken).ConfigureAwait(false);
            return new MutationResult(write.Previous, write.Snapshot);
        }
        catch (StoreValidationException ex)
        {
            throw Invalid(ex.Report, null, null);
        }
        catch (StoreConflictException ex)
        {
            throw Conflict(ex);
        }
    }

    /// <summary>A <c>VERSION_CONFLICT</c> error carrying the version the caller expected and the one stored now.</summary>
    private static ExecutionError Conflict(StoreConflictException ex)
    {
        var error = ErrorCodes.Error(ErrorCodes.VersionConflict,
            $"nothing changed: the dataset is at version {ex.Actual}, not expectedVersion {ex.Expected}; read it again and retry");
        error.Extensions ??= new Dictionary<string, object?>();
        error.Extensions["expectedVersion"] = ex.Expected;
        error.Extensions["currentVersion"] = ex.Actual;
        return error;
    }

    /// <summary>An <c>INVALID_INPUT</c> error listing every problem, with places renamed to the GraphQL argument.</summary>
    private static ExecutionError Invalid(ValidationReport report, string? place, string? argument)
    {
        string Rename(string p) => place is not null && p.StartsWith(place, StringComparison.Ordinal) ? argument + p[place.Length..] : p;
        var errors = report.Errors.Select(e => e with { Place = Rename(e.Place) }).ToList();
        var error = ErrorCodes.Error(ErrorCodes.InvalidInput, "nothing changed: " + string.Join("; ", errors));
        error.Extensions ??= new Dictionary<string, object?>();
        error.Extensions["issues"] = errors.Select(e => new Dictionary<string, object?> { ["place"] = e.Place, ["message"] = e.Message }).ToList();
        return error;
    }
}
