import Testing

@testable import FilingRules

@Suite("Severities and confidences order as the report shows them")
struct SeverityOrderTests {
    @Test("errors come before warnings, warnings before infos")
    func severities() {
        #expect([Severity.info, .error, .warning, .error].sorted() == [.error, .error, .warning, .info])
        for a in Severity.allCases { #expect(!(a < a)) }
        #expect(!(Severity.warning < .error) && !(Severity.info < .warning) && !(Severity.info < .error))
    }

    @Test("low confidence is weaker than medium, medium than high")
    func confidences() {
        #expect([Confidence.high, .low, .medium].sorted() == [.low, .medium, .high])
        for a in Confidence.allCases { #expect(!(a < a)) }
        #expect(!(Confidence.high < .medium) && !(Confidence.medium < .low) && !(Confidence.high < .low))
        #expect([Confidence.medium, .high, .low].min() == .low)
    }
}
