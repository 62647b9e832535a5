import 'package:acme_api/acme_api.dart';
import 'package:flutter/material.dart';

/// Shown when the API no longer serves this app version: nothing will work
/// until the user installs an update, so there is no retry button.
class UpdateRequiredView extends StatelessWidget {
  const UpdateRequiredView({super.key, required this.exception});

  final UpdateRequiredException exception;

  @override
  Widget build(BuildContext context) {
    final minimum = exception.minimumAppVersion;
    final wanted = minimum == null
        ? 'the latest version'
        : 'version $minimum or later';
    final theme = Theme.of(context);
    return Center(
      child: Padding(
        padding: const EdgeInsets.all(24),
        child: Column(
          mainAxisSize: MainAxisSize.min,
          children: [
            Icon(
              Icons.system_update,
              size: 48,
              color: theme.colorScheme.primary,
            ),
            const SizedBox(height: 16),
            Text('Update required', style: theme.textTheme.headlineSmall),
            const SizedBox(height: 8),
            Text(
              'This version of the app is no longer supported. '
              'Install $wanted to continue.',
              textAlign: TextAlign.center,
            ),
          ],
        ),
      ),
    );
  }
}
