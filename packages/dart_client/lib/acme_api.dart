// GENERATED CODE - DO NOT EDIT.
// Source: packages/contract (Zod), target dart of tooling/codegen.
// Regenerate with: pnpm codegen

// Typed models and API client generated from the Zod contract.

export 'src/api_client.dart';
export 'src/api_exception.dart';
export 'src/json_helpers.dart' show Present, WireEnum;
export 'src/models/api_error.dart';
export 'src/models/attachment.dart';
export 'src/models/checklist_item.dart';
export 'src/models/checklist_item_input.dart';
export 'src/models/create_project_input.dart';
export 'src/models/create_task_input.dart';
export 'src/models/database_health.dart';
export 'src/models/error_code.dart';
export 'src/models/error_detail.dart';
export 'src/models/error_location.dart';
export 'src/models/health.dart';
export 'src/models/log_in_input.dart';
export 'src/models/project.dart';
export 'src/models/project_page.dart';
export 'src/models/project_settings.dart';
export 'src/models/project_settings_input.dart';
export 'src/models/register_input.dart';
export 'src/models/session.dart';
export 'src/models/task.dart';
export 'src/models/task_page.dart';
export 'src/models/task_status.dart';
export 'src/models/update_task_input.dart';
export 'src/models/user.dart';
export 'src/models/user_page.dart';
