namespace CoopGraph.Planning;

/// <summary>What is wrong with a planning input.</summary>
public enum PlanningInputError
{
    /// <summary>A named office or subject does not exist in the dataset.</summary>
    NotFound,

    /// <summary>A number is out of range or the inputs cannot be satisfied together.</summary>
    Invalid,
}

/// <summary>
/// A planning input the planners refuse, naming the argument (<see cref="ArgumentException.ParamName"/>) as the caller
/// spells it in the options record (the GraphQL and CLI layers map it to their argument or option name).
/// </summary>
public sealed class PlanningInputException : ArgumentException
{
    /// <summary>Creates the exception for <paramref name="argument"/>.</summary>
    public PlanningInputException(string argument, PlanningInputError error, string message)
        : base($"{argument}: {message}", argument)
    {
        Argument = argument;
        Error = error;
        Reason = message;
    }

    /// <summary>The options property at fault, camel-cased (e.g. <c>offices</c>, <c>rounds</c>).</summary>
    public string Argument { get; }

    /// <summary>Whether something named was not found or a value is invalid.</summary>
    public PlanningInputError Error { get; }

    /// <summary>The message without the argument prefix.</summary>
    public string Reason { get; }

    /// <summary>Refuses <paramref name="argument"/> as invalid with <paramref name="message"/> unless <paramref name="condition"/> holds.</summary>
    public static void Check(bool condition, string argument, string message)
    {
        if (!condition)
        {
            throw new PlanningInputException(argument, PlanningInputError.Invalid, message);
        }
    }

    /// <summary>The planners' objective weights (argument <c>weights</c>): none negative, none above 1000.</summary>
    public static void CheckWeights(params int[] weights)
    {
        Check(weights.All(w => w >= 0), "weights", "weights must not be negative");
        Check(weights.All(w => w <= 1000), "weights", "weights must be at most 1000");
    }
}
