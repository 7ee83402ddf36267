import Values

/// Terraform's collection functions, gathered from the families they are defined in.
public enum CollectionFunctions {
    public static let all: [String: Function] = [
        AggregateFunctions.all,
        CoalesceFunctions.all,
        MapFunctions.all,
        RemovedFunctions.all,
        SearchFunctions.all,
        SequenceFunctions.all,
        SetFunctions.all,
    ].reduce(into: [:]) { table, family in table.merge(family) { first, _ in first } }
}
