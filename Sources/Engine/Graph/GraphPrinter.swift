import Config
import HCL

/// `iac graph`: a module's objects and their dependencies in Graphviz's DOT language.
public enum GraphPrinter {
    public static func dot(_ module: Module) -> (String, [Diagnostic]) {
        let graph = ConfigGraph(module: module)
        let cycles = graph.cycles()
        return (cycles.isEmpty ? graph.dot() : "", cycles)
    }
}
