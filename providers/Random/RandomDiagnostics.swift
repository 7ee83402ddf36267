import ProviderKit

/// The random provider's error texts.
enum RandomDiagnostics {
    static let retry = "Retry the Terraform operation. If the error still occurs or happens regularly, please contact the provider developer with hardware and operating system information.\n\n"

    static func readError(_ message: String) -> ProviderError {
        withRetryAdvice("Random Read Error", "While attempting to generate a random value for this resource, a read error was generated.\n\n", message)
    }

    static func randomnessGenerationError(_ message: String) -> ProviderError {
        withRetryAdvice(
            "Randomness Generation Error",
            "While attempting to generate a random value for this resource, an insufficient number of random bytes were generated.\n\n",
            message)
    }

    /// An error whose detail is `lead`, the retry advice and the original error.
    static func withRetryAdvice(_ summary: String, _ lead: String, _ message: String) -> ProviderError {
        ProviderError(summary, lead + retry + "Original Error: " + message)
    }
}
