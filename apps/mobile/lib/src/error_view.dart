import 'package:acme_api/acme_api.dart';
import 'package:flutter/material.dart';

import 'error_message.dart';
import 'update_required_view.dart';

/// A failed request and a way to try again (or, for a retired app version,
/// the request to update it).
class ErrorView extends StatelessWidget {
  const ErrorView({super.key, required this.error, required this.onRetry});

  final Object error;
  final VoidCallback onRetry;

  @override
  Widget build(BuildContext context) {
    final error = this.error;
    if (error is UpdateRequiredException) {
      return UpdateRequiredView(exception: error);
    }
    return Center(
      child: Padding(
        padding: const EdgeInsets.all(24),
        child: Column(
          mainAxisSize: MainAxisSize.min,
          children: [
            Text(errorMessage(error), textAlign: TextAlign.center),
            const SizedBox(height: 16),
            OutlinedButton(onPressed: onRetry, child: const Text('Retry')),
          ],
        ),
      ),
    );
  }
}
