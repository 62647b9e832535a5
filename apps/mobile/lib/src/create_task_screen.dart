import 'package:acme_api/acme_api.dart';
import 'package:flutter/material.dart';

import 'error_message.dart';
import 'error_view.dart';
import 'session.dart';

/// The longest title the contract accepts (`Task.title` in the contract).
const maxTitleLength = 200;

/// The create flow: pick a project, name the task, send it.
///
/// Pops with the created [Task]. The form checks what it can before sending;
/// the server still has the last word, and a validation error it reports on
/// the title is shown under the title field.
class CreateTaskScreen extends StatefulWidget {
  const CreateTaskScreen({
    super.key,
    required this.client,
    required this.session,
  });

  final ApiClient client;
  final SessionStore session;

  @override
  State<CreateTaskScreen> createState() => _CreateTaskScreenState();
}

class _CreateTaskScreenState extends State<CreateTaskScreen> {
  final _formKey = GlobalKey<FormState>();
  final _title = TextEditingController();
  final _description = TextEditingController();
  late Future<List<Project>> _projects = _loadProjects();
  String? _projectId;
  String? _titleError;
  String? _submitError;
  bool _saving = false;

  Future<List<Project>> _loadProjects() async {
    final page = await widget.session.guard(widget.client.listProjects());
    return page.items;
  }

  void _reloadProjects() {
    setState(() {
      _projects = _loadProjects();
    });
  }

  @override
  void dispose() {
    _title.dispose();
    _description.dispose();
    super.dispose();
  }

  Future<void> _submit(String projectId) async {
    setState(() {
      _titleError = null;
      _submitError = null;
    });
    if (!_formKey.currentState!.validate()) return;
    setState(() => _saving = true);
    final input = CreateTaskInput(
      projectId: projectId,
      title: _title.text.trim(),
      description: _description.text.trim(),
    );
    try {
      final task = await widget.session.guard(widget.client.createTask(input));
      if (mounted) Navigator.of(context).pop(task);
    } catch (error) {
      if (!mounted) return;
      final titleError = bodyFieldError(error, 'title');
      setState(() {
        _saving = false;
        _titleError = titleError;
        _submitError = titleError == null ? errorMessage(error) : null;
      });
    }
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('New task')),
      body: FutureBuilder<List<Project>>(
        future: _projects,
        builder: (context, snapshot) {
          final error = snapshot.error;
          if (error != null) {
            return ErrorView(error: error, onRetry: _reloadProjects);
          }
          final projects = snapshot.data;
          if (projects == null) {
            return const Center(child: CircularProgressIndicator());
          }
          if (projects.isEmpty) {
            return const Center(child: Text('Create a project first'));
          }
          return _form(projects);
        },
      ),
    );
  }

  Widget _form(List<Project> projects) {
    final projectId = _projectId ?? projects.first.id;
    final submitError = _submitError;
    return Form(
      key: _formKey,
      child: ListView(
        padding: const EdgeInsets.all(16),
        children: [
          Text('Project', style: Theme.of(context).textTheme.labelLarge),
          const SizedBox(height: 8),
          Wrap(
            spacing: 8,
            children: [
              for (final p in projects) _projectChip(p, projectId),
            ],
          ),
          const SizedBox(height: 16),
          TextFormField(
            key: const Key('title'),
            controller: _title,
            decoration: InputDecoration(
              labelText: 'Title',
              errorText: _titleError,
            ),
            maxLength: maxTitleLength,
            validator: validateTitle,
          ),
          TextFormField(
            key: const Key('description'),
            controller: _description,
            decoration: const InputDecoration(labelText: 'Description'),
            maxLines: 3,
          ),
          const SizedBox(height: 24),
          if (submitError != null) Text(submitError),
          FilledButton(
            onPressed: _saving ? null : () => _submit(projectId),
            child: const Text('Create'),
          ),
        ],
      ),
    );
  }

  Widget _projectChip(Project project, String selectedId) {
    return ChoiceChip(
      label: Text(project.name),
      selected: project.id == selectedId,
      onSelected: (_) => setState(() => _projectId = project.id),
    );
  }
}

/// The contract's rule for a title (1 to 200 characters), checked before
/// sending so the common mistake needs no round trip.
String? validateTitle(String? value) {
  final title = value?.trim() ?? '';
  if (title.isEmpty) return 'Enter a title';
  if (title.length > maxTitleLength) {
    return 'At most $maxTitleLength characters';
  }
  return null;
}
