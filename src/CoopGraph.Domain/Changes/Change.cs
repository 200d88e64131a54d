namespace CoopGraph.Domain.Changes;

/// <summary>One edit of a dataset. A batch of them is applied all-or-nothing.</summary>
public abstract record Change
{
    /// <summary>A short verb for the audit trail, e.g. <c>addRequest</c>.</summary>
    public abstract string Kind { get; }

    /// <summary>What the change touches, e.g. <c>BRA/green-patents</c>.</summary>
    public abstract string Target { get; }
}

/// <summary>Adds a request (the office must not already request the subject).</summary>
/// <param name="Request">The request to add.</param>
public sealed record AddRequest(Request Request) : Change
{
    /// <inheritdoc />
    public override string Kind => "addRequest";

    /// <inheritdoc />
    public override string Target => $"{Request.Office}/{Request.Subject}";
}

/// <summary>Adds an offer (the office must not already offer the subject).</summary>
/// <param name="Offer">The offer to add.</param>
public sealed record AddOffer(Offer Offer) : Change
{
    /// <inheritdoc />
    public override string Kind => "addOffer";

    /// <inheritdoc />
    public override string Target => $"{Offer.Office}/{Offer.Subject}";
}

/// <summary>Removes an existing request.</summary>
/// <param name="Office">Requesting office code.</param>
/// <param name="Subject">Subject id.</param>
public sealed record RemoveRequest(string Office, string Subject) : Change
{
    /// <inheritdoc />
    public override string Kind => "removeRequest";

    /// <inheritdoc />
    public override string Target => $"{Office}/{Subject}";
}

/// <summary>Removes an existing offer.</summary>
/// <param name="Office">Offering office code.</param>
/// <param name="Subject">Subject id.</param>
public sealed record RemoveOffer(string Office, string Subject) : Change
{
    /// <inheritdoc />
    public override string Kind => "removeOffer";

    /// <inheritdoc />
    public override string Target => $"{Office}/{Subject}";
}

/// <summary>Adds an office, or replaces the one with the same code.</summary>
/// <param name="Office">The office.</param>
public sealed record UpsertOffice(Office Office) : Change
{
    /// <inheritdoc />
    public override string Kind => "upsertOffice";

    /// <inheritdoc />
    public override string Target => Office.Code;
}

/// <summary>Adds a subject, or replaces the one with the same id.</summary>
/// <param name="Subject">The subject.</param>
public sealed record UpsertSubject(Subject Subject) : Change
{
    /// <inheritdoc />
    public override string Kind => "upsertSubject";

    /// <inheritdoc />
    public override string Target => Subject.Id;
}
