import Addresses
import State
import Values

extension ApplyWalk {
    /// Destroys every object the plan deletes or replaces by destroying first, an object before
    /// the objects it depends on (as state recorded its dependencies), up to the parallelism
    /// bound. Replacements are then created in the graph walk, dependencies first.
    func applyDeletions() async {
        let deletions = plan.changes.filter { $0.action == .delete || $0.action == .deleteThenCreate }
        guard !deletions.isEmpty else { return }
        var byResource: [AbsoluteResourceAddress: [Int]] = [:]
        for (index, change) in deletions.enumerated() { byResource[change.address.containingResource, default: []].append(index) }
        var waitFor = [[Int]](repeating: [], count: deletions.count)
        let objects = deletions.map { change in
            stored.objects(of: change.address.containingResource).first { $0.address == change.address && $0.deposedKey == change.deposedKey }
        }
        for (dependent, object) in objects.enumerated() {
            for dependency in object?.dependencies ?? [] {
                for index in byResource[dependency] ?? [] where index != dependent { waitFor[index].append(dependent) }
            }
        }
        let walker = DependencyWalker(dependencies: waitFor, parallelism: options.parallelism)
        _ = await walker.walk(stopping: { self.stopping }) { index in
            guard let object = objects[index], let before = deletions[index].before else { return true }
            guard let (entry, schema) = self.run.schema(forStored: object) else {
                self.run.report([.error("Provider configuration not present", "To work with \(object.address) its original provider configuration at \(object.provider) is required, but it has been removed.")])
                self.markFailed()
                return false
            }
            return await self.destroy(object, value: before, target: entry, schema: schema)
        }
    }
}
