import Hummingbird
import CompressNIO
/// Serves the built site and the checker.
public enum CheckerServerModule {}
