/// How many times longer `work(size * factor)` takes than `work(size)`, the best of three runs of each:
/// near `factor` when the work grows linearly, near `factor²` when it grows quadratically. A ratio holds
/// on a slow or busy machine where a limit in seconds does not.
func growth(size: Int, factor: Int = 4, _ work: (Int) -> Void) -> Double {
    func best(_ n: Int) -> Duration { (0..<3).map { _ in ContinuousClock().measure { work(n) } }.min()! }
    let small = best(size)
    return best(size * factor) / small
}
