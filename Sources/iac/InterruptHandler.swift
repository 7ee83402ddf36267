import Dispatch
import Engine
import Foundation

/// Ctrl-C during apply: the first stops gracefully (nothing new starts, what runs finishes and
/// is recorded); the second exits at once, which loses nothing already recorded.
enum InterruptHandler {
    static func install(_ interruption: Interruption) -> DispatchSourceSignal {
        signal(SIGINT, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler {
            if interruption.isInterrupted {
                Terminal.writeError("\nTwo interrupts received. Exiting immediately.\n")
                exit(1)
            }
            interruption.interrupt()
            Terminal.writeError("\nInterrupt received.\nPlease wait for iac to exit or data loss may occur.\nGracefully shutting down...\n\n")
        }
        source.resume()
        return source
    }
}
