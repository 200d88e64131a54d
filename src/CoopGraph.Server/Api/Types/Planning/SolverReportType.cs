using CoopGraph.Planning;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Planning;

/// <summary>GraphQL <c>SolverReport</c>.</summary>
public sealed class SolverReportType : ObjectGraphType<SolverReport>
{
    public SolverReportType()
    {
        Name = "SolverReport";
        Description = "How a CP-SAT solve ended: status, the plan's objective, the proven bound and the gap between them.";
        Field(x => x.Status).Description("OPTIMAL (proven), FEASIBLE (stopped by a limit), INFEASIBLE or UNKNOWN (no plan found by the solver in time).");
        Field(x => x.Objective).Description("The objective of the returned plan (maximised).");
        Field(x => x.Bound, nullable: true).Description("A proven upper bound: no plan can score more. CP-SAT's own, or for the World Café the table-composition LP bound when lower (boundSource). Null when none was proven.");
        Field(x => x.BoundSource).Description("Which computation proved the bound: CP_SAT, or TABLE_LP (World Café: the linear relaxation of a model over whole tables, evaluated as a Lagrangian bound; docs/planning.md).");
        Field(x => x.Gap, nullable: true).Description("(bound − objective) / max(1, |objective|); 0 when optimal, null without a bound.");
        Field(x => x.WallSeconds).Description("Wall-clock seconds spent in the solver.");
        Field(x => x.DeterministicTime).Description("CP-SAT's deterministic time spent (machine-independent work units).");
        Field(x => x.TimeLimitSeconds).Description("The wall-clock limit the solve ran under.");
        Field(x => x.Workers).Description("CP-SAT subsolvers the search ran: 1 is a single-threaded search; more are interleaved in deterministic batches on the machine's cores (the World Café uses at least 8 when more than one is asked for).");
        Field(x => x.Seed).Description("The random seed given to CP-SAT (and to the random baseline).");
        Field(x => x.Reproducible).Description("True when the solve ended by proof or by its work limit, so the same input and seed give the same plan on any machine.");
        Field(x => x.Variables).Description("Model size: variables.");
        Field(x => x.Constraints).Description("Model size: constraints.");
    }
}
