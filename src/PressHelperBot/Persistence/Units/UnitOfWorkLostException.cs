namespace PressHelperBot.Persistence.Units;

// A write inside a unit of work failed and LiteDB rolled back the unit's whole transaction with it. The
// handler fails (its update is answered with an apology and marked handled in a commit of its own), so no
// half of its work is committed.
public sealed class UnitOfWorkLostException(Exception cause)
    : Exception("A write failed and LiteDB rolled back the whole unit of work with it.", cause);
