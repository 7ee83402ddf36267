import Addresses
import Foundation
import Values

/// Whether an object in state is usable or must be replaced on the next apply.
public enum ObjectStatus: String, Sendable, Hashable, Codable {
    case ready
    /// Created but failed part-way, or tainted by the user: the next plan replaces it.
    case tainted
}

/// One remote object recorded in state: the current object of a resource instance, or a
/// deposed one (the old object kept while `create_before_destroy` creates its successor).
public struct ResourceInstanceObject: Sendable, Hashable {
    public var address: ResourceInstanceAddress
    /// Set for a deposed object; nil for the instance's current object.
    public var deposedKey: String?
    /// The provider configuration that manages it, as Terraform prints it:
    /// `provider["registry.terraform.io/hashicorp/local"]` or `...local"].alias`.
    public var provider: String
    public var schemaVersion: Int
    /// The object's attributes as JSON of the schema's implied type (no marks).
    public var attributesJSON: String
    /// Attributes whose values are sensitive.
    public var sensitivePaths: [ValuePath]
    /// The resources this object depended on when it was last applied (destroy order).
    public var dependencies: [AbsoluteResourceAddress]
    public var status: ObjectStatus
    public var createBeforeDestroy: Bool
    /// The object's identity as JSON of the provider's identity schema, when it has one.
    public var identityJSON: String?
    /// The version of the identity schema `identityJSON` follows.
    public var identitySchemaVersion: Int
    /// Bytes the provider keeps with the object and only it reads (Terraform's `private`).
    public var privateData: Data?

    public init(
        address: ResourceInstanceAddress, deposedKey: String? = nil, provider: String, schemaVersion: Int = 0,
        attributesJSON: String, sensitivePaths: [ValuePath] = [], dependencies: [AbsoluteResourceAddress] = [],
        status: ObjectStatus = .ready, createBeforeDestroy: Bool = false,
        identityJSON: String? = nil, identitySchemaVersion: Int = 0, privateData: Data? = nil
    ) {
        self.address = address
        self.deposedKey = deposedKey
        self.provider = provider
        self.schemaVersion = schemaVersion
        self.attributesJSON = attributesJSON
        self.sensitivePaths = sensitivePaths
        self.dependencies = dependencies
        self.status = status
        self.createBeforeDestroy = createBeforeDestroy
        self.identityJSON = identityJSON
        self.identitySchemaVersion = identitySchemaVersion
        self.privateData = privateData
    }
}

/// A root module output value as last applied.
public struct OutputState: Sendable, Hashable {
    public var name: String
    public var valueJSON: String
    /// The value's type as Terraform writes types in JSON (`"string"`, `["list","number"]`).
    public var typeJSON: String
    public var sensitive: Bool

    public init(name: String, valueJSON: String, typeJSON: String, sensitive: Bool) {
        self.name = name
        self.valueJSON = valueJSON
        self.typeJSON = typeJSON
        self.sensitive = sensitive
    }
}

/// A create the engine was about to make, recorded before the provider call so that a run
/// cut off mid-create leaves a trace the next run can reconcile.
public struct PendingCreate: Sendable, Hashable {
    public var address: ResourceInstanceAddress
    public var deposedKey: String?
    public var provider: String
    /// The planned value sent to the provider, as JSON.
    public var plannedJSON: String
    public var startedAt: Date

    public init(address: ResourceInstanceAddress, deposedKey: String? = nil, provider: String, plannedJSON: String, startedAt: Date) {
        self.address = address
        self.deposedKey = deposedKey
        self.provider = provider
        self.plannedJSON = plannedJSON
        self.startedAt = startedAt
    }
}

/// Everything in state at one moment.
public struct StateSnapshot: Sendable, Hashable {
    /// A unique id given to the state when it is created; a plan is tied to it.
    public var lineage: String
    /// Increases with every run that changes the state.
    public var serial: Int
    public var objects: [ResourceInstanceObject]
    public var outputs: [String: OutputState]
    public var pendingCreates: [PendingCreate]

    public init(lineage: String, serial: Int, objects: [ResourceInstanceObject] = [], outputs: [String: OutputState] = [:], pendingCreates: [PendingCreate] = []) {
        self.lineage = lineage
        self.serial = serial
        self.objects = objects
        self.outputs = outputs
        self.pendingCreates = pendingCreates
    }

    /// The current (not deposed) object of `address`.
    public func object(_ address: ResourceInstanceAddress) -> ResourceInstanceObject? {
        objects.first { $0.address == address && $0.deposedKey == nil }
    }
}

/// Who holds the state lock, since when, doing what.
public struct LockInfo: Sendable, Hashable {
    public var id: String
    /// `user@host`.
    public var who: String
    public var operation: String
    public var created: Date
    public var processID: Int32
    public var path: String

    public init(id: String, who: String, operation: String, created: Date, processID: Int32, path: String) {
        self.id = id
        self.who = who
        self.operation = operation
        self.created = created
        self.processID = processID
        self.path = path
    }
}

/// One apply, destroy or state command recorded in the history.
public struct HistoryEntry: Sendable, Hashable {
    public var serial: Int
    public var operation: String
    public var who: String
    public var started: Date
    public var finished: Date?
    /// Counts and addresses of what changed, as the engine summarised it.
    public var summary: String

    public init(serial: Int, operation: String, who: String, started: Date, finished: Date?, summary: String) {
        self.serial = serial
        self.operation = operation
        self.who = who
        self.started = started
        self.finished = finished
        self.summary = summary
    }
}
