package org.koinagora.testsupport.stripe;

/** A Stripe API error the stub answers with instead of an object. */
final class ApiError extends RuntimeException {

  private final int status;
  private final String type;
  private final String code;
  private final String param;

  ApiError(int status, String type, String code, String message, String param) {
    super(message);
    this.status = status;
    this.type = type;
    this.code = code;
    this.param = param;
  }

  static ApiError noSuch(String object, String id, String param) {
    return new ApiError(
        404,
        "invalid_request_error",
        "resource_missing",
        "No such " + object + ": '" + id + "'",
        param);
  }

  static ApiError missingParam(String param) {
    return new ApiError(
        400,
        "invalid_request_error",
        "parameter_missing",
        "Missing required param: " + param + ".",
        param);
  }

  static ApiError invalid(String message, String param) {
    return new ApiError(400, "invalid_request_error", null, message, param);
  }

  Reply reply() {
    return Reply.json(status, StubJson.error(type, code, getMessage(), param));
  }
}
