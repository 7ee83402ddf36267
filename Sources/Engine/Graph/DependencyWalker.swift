/// Runs one task per node of a dependency graph, each once everything it depends on has
/// finished, at most `parallelism` at a time. A node whose dependency failed is skipped (and
/// counts as failed for its own dependents); once `stopping()` says so, nothing new starts
/// and what is running finishes.
struct DependencyWalker: Sendable {
    /// How a node ended.
    enum Outcome: Sendable, Equatable {
        case succeeded
        case failed
        /// Not run: a dependency failed, or the walk was stopping.
        case skipped
    }

    var dependencies: [[Int]]
    var parallelism: Int

    func walk(
        stopping: @escaping @Sendable () -> Bool,
        visit: @escaping @Sendable (Int) async -> Bool
    ) async -> [Outcome] {
        let count = dependencies.count
        var waitingOn = dependencies.map(\.count)
        var dependents = [[Int]](repeating: [], count: count)
        for (node, needs) in dependencies.enumerated() {
            for need in needs { dependents[need].append(node) }
        }
        var outcomes = [Outcome?](repeating: nil, count: count)
        var ready = (0..<count).filter { waitingOn[$0] == 0 }.reversed() as [Int]
        var blocked = [Bool](repeating: false, count: count)
        var finished = 0
        var running = 0

        func complete(_ node: Int, _ outcome: Outcome, into ready: inout [Int]) {
            outcomes[node] = outcome
            finished += 1
            for dependent in dependents[node] {
                if outcome != .succeeded { blocked[dependent] = true }
                waitingOn[dependent] -= 1
                if waitingOn[dependent] == 0 { ready.append(dependent) }
            }
        }

        await withTaskGroup(of: (Int, Bool).self) { group in
            while finished < count {
                while running < max(1, parallelism), let node = ready.popLast() {
                    if blocked[node] || stopping() {
                        complete(node, .skipped, into: &ready)
                        continue
                    }
                    running += 1
                    group.addTask { (node, await visit(node)) }
                }
                if finished >= count { break }
                guard let (node, succeeded) = await group.next() else { break }
                running -= 1
                complete(node, succeeded ? .succeeded : .failed, into: &ready)
            }
        }
        return outcomes.map { $0 ?? .skipped }
    }
}
