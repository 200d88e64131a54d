using CoopGraph.Planning.WorldCafe;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Planning;

/// <summary>GraphQL <c>WorldCafePlan</c>.</summary>
public sealed class WorldCafePlanType : ObjectGraphType<WorldCafePlan>
{
    public WorldCafePlanType()
    {
        Name = "WorldCafePlan";
        Description = "A World Café plan computed with CP-SAT: timetable, itineraries, facilitator sheets, figures against a seeded random plan, and the solver's bound.";
        Field(x => x.DatasetVersion).Description("Version of the dataset planned on.");
        Field(x => x.Offices).Description("Participating office codes.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CafeSubjectType>>>>("subjects").Description("Subjects on the programme, one facilitator each.").Resolve(ctx => ctx.Source.Subjects);
        Field(x => x.Rounds).Description("Rounds.");
        Field(x => x.Tables).Description("Tables per round.");
        Field(x => x.Seats).Description("Seats per table.");
        Field(x => x.MinutesPerRound).Description("Minutes per round.");
        Field<NonNullGraphType<CafeWeightsType>>("weights").Description("Objective weights used.").Resolve(ctx => ctx.Source.Weights);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CafeTableType>>>>("timetable").Description("Every table of every round; each is also the facilitator's sheet.").Resolve(ctx => ctx.Source.Timetable);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CafeItineraryType>>>>("itineraries").Description("Every office's day.").Resolve(ctx => ctx.Source.Itineraries);
        Field<NonNullGraphType<CafeFiguresType>>("figures").Description("The plan's figures.").Resolve(ctx => ctx.Source.Figures);
        Field<CafeFiguresType>("baseline").Description("The seeded random plan's figures (null when none was found).").Resolve(ctx => ctx.Source.Baseline);
        Field<NonNullGraphType<SolverReportType>>("solver").Description("How the solve ended: status, bound, gap, time.").Resolve(ctx => ctx.Source.Solver);
        Field(x => x.RepeatsModel).Description("ALL_PAIRS, or ENCOUNTER_PAIRS when the instance is too large to model every meeting (the figures still count every repeat).");
        Field(x => x.PlanSource).Description("CP_SAT, or GREEDY_START when the start plan CP-SAT was given (greedy, then annealed) is returned: CP-SAT found no plan in time, or none scoring more than it.");
    }
}
