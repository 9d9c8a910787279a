package org.koinagora.testsupport;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test class of the deployed WAR when its Payara boot or its tests logged an error that the
 * class did not declare with {@link ExpectedServerErrors}. The boots share one log file ({@code
 * it.payara.log}, Payara's {@code --logToFile}); each class answers for what was logged since the
 * class before it.
 */
public class ServerLogGuard implements AfterAllCallback {

  private static ServerLog log;

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    String file = System.getProperty("it.payara.log");
    if (file == null) {
      return;
    }
    synchronized (ServerLogGuard.class) {
      if (log == null) {
        log = new ServerLog(Path.of(file));
      }
    }
    List<ServerLog.Allowed> allowed = new ArrayList<>();
    ExpectedServerErrors expected =
        context.getRequiredTestClass().getAnnotation(ExpectedServerErrors.class);
    if (expected != null) {
      for (ExpectedServerErrors.Error error : expected.value()) {
        allowed.add(ServerLog.Allowed.of(error.pattern(), error.reason()));
      }
    }
    List<String> errors = log.newErrors(allowed.toArray(ServerLog.Allowed[]::new));
    if (!errors.isEmpty()) {
      throw new AssertionError(
          "The server logged errors no test expected ("
              + file
              + "):\n"
              + String.join("\n\n", errors));
    }
  }
}
