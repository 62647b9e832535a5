import 'package:acme_api/acme_api.dart';

/// What to tell the user about a failed request.
///
/// The API answers every failure with the same [ApiError] shape, so its
/// message is shown as is; anything else (no network, a response this
/// version cannot decode) gets a plain sentence rather than a stack trace.
String errorMessage(Object error) {
  return switch (error) {
    UpdateRequiredException _ => 'This app version is no longer supported.',
    ApiException(error: final apiError) => apiError.message,
    FormatException _ => 'The server sent a response this app cannot read.',
    _ => 'Could not reach the server. Check your connection and try again.',
  };
}

/// The server's complaint about one field of a request body, if any.
String? bodyFieldError(Object? error, String field) {
  if (error is! ApiException) return null;
  for (final detail in error.error.details ?? const <ErrorDetail>[]) {
    if (detail.location == ErrorLocation.body && detail.path == field) {
      return detail.message;
    }
  }
  return null;
}
