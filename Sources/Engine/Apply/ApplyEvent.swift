import Addresses

/// What an apply reports while it runs, for the progress the user sees.
public enum ApplyEvent: Sendable {
    /// A provider call started: `x: Creating...`.
    case started(ResourceInstanceAddress, ApplyStep, deposedKey: String?)
    /// A call still running after `seconds`: `x: Still creating... [10s elapsed]`.
    case stillRunning(ResourceInstanceAddress, ApplyStep, deposedKey: String?, seconds: Int)
    /// A call finished: `x: Creation complete after 2s [id=...]`.
    case finished(ResourceInstanceAddress, ApplyStep, deposedKey: String?, seconds: Int, id: String?)
    /// A call failed; the error is among the apply's diagnostics.
    case failed(ResourceInstanceAddress, ApplyStep, deposedKey: String?)
}

/// One provider call of an apply: a replace is a destroy and a create.
public enum ApplyStep: String, Sendable {
    case create
    case update
    case destroy
    case read
}
