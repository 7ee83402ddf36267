/// Runs a `RegexProgram` over text in one pass, keeping at most one thread per instruction, so
/// time is linear in the text for a given pattern. Threads are kept in priority order and a
/// match cuts off the threads below it: leftmost-first semantics, as Go's `regexp` has.
struct PikeVM {
    private let program: RegexProgram
    private var current: ThreadQueue
    private var next: ThreadQueue
    /// Capture positions being built while following empty transitions.
    private var scratch: [Int]
    private var pending: [PendingWork] = []
    private var matched = false
    private var matchSlots: [Int]

    private enum PendingWork {
        case visit(Int)
        case restore(slot: Int, value: Int)
    }

    init(_ program: RegexProgram) {
        self.program = program
        current = ThreadQueue(instructionCount: program.instructions.count, slotCount: program.slotCount)
        next = current
        scratch = Array(repeating: -1, count: program.slotCount)
        matchSlots = scratch
    }

    /// The leftmost match starting at or after `start`: for each capture slot (group `n` owns
    /// slots `2n` and `2n+1`) a position in `text`, or -1 where the group did not take part.
    mutating func firstMatch(in text: [UInt32], from start: Int) -> [Int]? {
        guard let startConditions = program.startConditions else { return nil }
        matched = false
        for index in matchSlots.indices { matchSlots[index] = -1 }
        current.removeAll()
        next.removeAll()

        var position = start
        func rune(at index: Int) -> UInt32? { index < text.count ? text[index] : nil }
        var character = rune(at: position)
        var following = character == nil ? nil : rune(at: position + 1)
        var conditions = EmptyConditions(between: position == 0 ? nil : rune(at: position - 1), and: character)
        while true {
            if current.isEmpty {
                if startConditions.contains(.beginText), position != 0 { break }
                if matched { break }
            }
            if !matched {
                for index in scratch.indices { scratch[index] = -1 }
                scratch[0] = position
                Self.add(
                    program, to: &current, pc: program.start, position: position, conditions: conditions,
                    slots: &scratch, pending: &pending)
            }
            conditions = EmptyConditions(between: character, and: following)
            step(consuming: character, at: position, nextConditions: conditions)
            guard character != nil else { break }
            position += 1
            character = following
            following = character == nil ? nil : rune(at: position + 1)
            swap(&current, &next)
        }
        return matched ? matchSlots : nil
    }

    /// Advances every thread of `current` over `character` into `next`, in priority order.
    private mutating func step(consuming character: UInt32?, at position: Int, nextConditions: EmptyConditions) {
        for entry in 0..<current.count {
            guard current.hasThread(entry) else { continue }
            let nextPC: Int
            switch program.instructions[current.pcs[entry]] {
            case .match:
                // Threads after this one have lower priority: the match cuts them off.
                current.copySlots(of: entry, into: &matchSlots)
                matchSlots[1] = position
                matched = true
                current.removeAll()
                return
            case .rune(let set, let target):
                guard let character, set.contains(character) else { continue }
                nextPC = target
            case .anyChar(let target):
                guard character != nil else { continue }
                nextPC = target
            case .anyCharExceptNewline(let target):
                guard let character, character != 0x0A else { continue }
                nextPC = target
            default:
                continue
            }
            current.copySlots(of: entry, into: &scratch)
            Self.add(
                program, to: &next, pc: nextPC, position: position + 1, conditions: nextConditions,
                slots: &scratch, pending: &pending)
        }
        current.removeAll()
    }

    /// Adds a thread at `pc` to `queue`, following splits, captures and satisfied assertions
    /// depth first in priority order; `slots` holds the thread's captures and is restored.
    private static func add(
        _ program: RegexProgram, to queue: inout ThreadQueue, pc start: Int, position: Int,
        conditions: EmptyConditions, slots: inout [Int], pending: inout [PendingWork]
    ) {
        pending.removeAll(keepingCapacity: true)
        pending.append(.visit(start))
        while let work = pending.popLast() {
            switch work {
            case .restore(let slot, let value):
                slots[slot] = value
            case .visit(let pc):
                guard pc != 0, !queue.contains(pc) else { continue }
                let entry = queue.insert(pc)
                switch program.instructions[pc] {
                case .fail: break
                case .split(let preferred, let other):
                    pending.append(.visit(other))
                    pending.append(.visit(preferred))
                case .assert(let required, let next):
                    if conditions.isSuperset(of: required) { pending.append(.visit(next)) }
                case .nop(let next):
                    pending.append(.visit(next))
                case .capture(let slot, let next):
                    pending.append(.restore(slot: slot, value: slots[slot]))
                    slots[slot] = position
                    pending.append(.visit(next))
                case .match, .rune, .anyChar, .anyCharExceptNewline:
                    queue.setThread(entry, slots: slots)
                }
            }
        }
    }
}

/// The threads at one position: a sparse set of instructions in the order they were reached,
/// each with the capture slots of the thread waiting there (if one is). Slot storage grows with
/// the threads actually present, not with the program.
struct ThreadQueue {
    private(set) var pcs: [Int] = []
    /// For each entry, the index of its thread's slots, or nil when no thread waits there.
    private var threadIndices: [Int?] = []
    private var sparse: [Int]
    private var slots: [Int] = []
    private let slotCount: Int

    init(instructionCount: Int, slotCount: Int) {
        sparse = Array(repeating: 0, count: instructionCount)
        self.slotCount = slotCount
    }

    var count: Int { pcs.count }
    var isEmpty: Bool { pcs.isEmpty }

    func hasThread(_ entry: Int) -> Bool { threadIndices[entry] != nil }

    func contains(_ pc: Int) -> Bool {
        let entry = sparse[pc]
        return entry < pcs.count && pcs[entry] == pc
    }

    mutating func insert(_ pc: Int) -> Int {
        sparse[pc] = pcs.count
        pcs.append(pc)
        threadIndices.append(nil)
        return pcs.count - 1
    }

    mutating func setThread(_ entry: Int, slots threadSlots: [Int]) {
        threadIndices[entry] = slots.count / slotCount
        slots.append(contentsOf: threadSlots)
    }

    func copySlots(of entry: Int, into destination: inout [Int]) {
        guard let thread = threadIndices[entry] else { return }
        let base = thread * slotCount
        for index in 0..<slotCount { destination[index] = slots[base + index] }
    }

    mutating func removeAll() {
        pcs.removeAll(keepingCapacity: true)
        threadIndices.removeAll(keepingCapacity: true)
        slots.removeAll(keepingCapacity: true)
    }
}
