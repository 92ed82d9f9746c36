import FilingRules
import Metrics
import Prometheus
import Synchronization

/// The server's metrics, kept through swift-metrics in a Prometheus registry of their own (so several
/// servers in one process, as in tests, count apart) and published at `/metrics` when enabled:
/// requests by route and status, their latency, checks by verdict and findings by rule.
final class ServerMetrics: Sendable {
    private let registry = PrometheusCollectorRegistry()
    private let factory: PrometheusMetricsFactory
    /// The static fast path's counter and timer, made once: it answers most requests and must stay cheap.
    private let staticOK: (requests: Metrics.Counter, latency: Metrics.Timer)

    init() {
        var factory = PrometheusMetricsFactory(registry: registry)
        // Most answers take well under a millisecond; Prometheus's usual buckets start at 5 ms.
        factory.defaultDurationHistogramBuckets = [
            .microseconds(100), .microseconds(250), .microseconds(500), .milliseconds(1), .milliseconds(2.5), .milliseconds(5),
            .milliseconds(10), .milliseconds(25), .milliseconds(50), .milliseconds(100), .milliseconds(250), .milliseconds(500),
            .seconds(1), .seconds(2.5), .seconds(5),
        ]
        self.factory = factory
        staticOK = (Metrics.Counter(label: Self.requests, dimensions: [("route", Self.staticRoute), ("status", "200")], factory: factory),
                    Metrics.Timer(label: Self.latency, dimensions: [("route", Self.staticRoute)], factory: factory))
    }

    static let requests = "icp_http_requests_total"
    static let latency = "icp_http_request_duration_seconds"
    static let checks = "icp_checks_total"
    static let findings = "icp_findings_total"
    /// The route label of every file of the site, found or not.
    static let staticRoute = "static"

    /// One answered request: `route` is a route of the routes table or `static`.
    func recordRequest(route: String, status: Int, nanoseconds: Int64) {
        if route == Self.staticRoute, status == 200 {
            staticOK.requests.increment()
            staticOK.latency.recordNanoseconds(nanoseconds)
            return
        }
        Metrics.Counter(label: Self.requests, dimensions: [("route", route), ("status", String(status))], factory: factory).increment()
        Metrics.Timer(label: Self.latency, dimensions: [("route", route)], factory: factory).recordNanoseconds(nanoseconds)
    }

    /// One checked draft: its verdict, and each finding's rule.
    func recordCheck(_ report: Report) {
        Metrics.Counter(label: Self.checks, dimensions: [("verdict", report.verdict.rawValue)], factory: factory).increment()
        var byRule: [String: Int] = [:]
        for finding in report.findings { byRule[finding.rule, default: 0] += 1 }
        for (rule, count) in byRule {
            Metrics.Counter(label: Self.findings, dimensions: [("rule", rule)], factory: factory).increment(by: count)
        }
    }

    /// Every metric in the Prometheus text format.
    func exposition() -> [UInt8] {
        var buffer: [UInt8] = []
        registry.emit(into: &buffer)
        return buffer
    }
}
