ALTER TABLE "projects" ADD COLUMN "json_bytes" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "json_bytes" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "json_bytes" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- Hand-written (drizzle-kit has no triggers): keeps json_bytes equal to the row's JSON size on
-- every insert and update, so list pages can stop at a byte budget (services/pagination.ts).
CREATE OR REPLACE FUNCTION "set_json_bytes"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.json_bytes := octet_length(row_to_json(NEW)::text);
  RETURN NEW;
END
$$;--> statement-breakpoint
CREATE TRIGGER "users_json_bytes" BEFORE INSERT OR UPDATE ON "users" FOR EACH ROW EXECUTE FUNCTION "set_json_bytes"();--> statement-breakpoint
CREATE TRIGGER "projects_json_bytes" BEFORE INSERT OR UPDATE ON "projects" FOR EACH ROW EXECUTE FUNCTION "set_json_bytes"();--> statement-breakpoint
CREATE TRIGGER "tasks_json_bytes" BEFORE INSERT OR UPDATE ON "tasks" FOR EACH ROW EXECUTE FUNCTION "set_json_bytes"();--> statement-breakpoint
-- Rows written before this migration: the update fires the trigger.
UPDATE "users" SET "json_bytes" = 0;--> statement-breakpoint
UPDATE "projects" SET "json_bytes" = 0;--> statement-breakpoint
UPDATE "tasks" SET "json_bytes" = 0;
