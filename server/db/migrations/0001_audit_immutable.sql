-- Audit records, seals and checkpoints are append-only for the application: UPDATE, DELETE and TRUNCATE fail.
CREATE OR REPLACE FUNCTION yiwang_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit tables are append-only (% on %)', TG_OP, TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_records__append_only BEFORE UPDATE OR DELETE ON audit_records FOR EACH ROW EXECUTE FUNCTION yiwang_audit_append_only();
--> statement-breakpoint
CREATE TRIGGER audit_records__no_truncate BEFORE TRUNCATE ON audit_records FOR EACH STATEMENT EXECUTE FUNCTION yiwang_audit_append_only();
--> statement-breakpoint
CREATE TRIGGER audit_seals__append_only BEFORE UPDATE OR DELETE ON audit_seals FOR EACH ROW EXECUTE FUNCTION yiwang_audit_append_only();
--> statement-breakpoint
CREATE TRIGGER audit_seals__no_truncate BEFORE TRUNCATE ON audit_seals FOR EACH STATEMENT EXECUTE FUNCTION yiwang_audit_append_only();
--> statement-breakpoint
CREATE TRIGGER audit_checkpoints__append_only BEFORE UPDATE OR DELETE ON audit_checkpoints FOR EACH ROW EXECUTE FUNCTION yiwang_audit_append_only();
--> statement-breakpoint
CREATE TRIGGER audit_checkpoints__no_truncate BEFORE TRUNCATE ON audit_checkpoints FOR EACH STATEMENT EXECUTE FUNCTION yiwang_audit_append_only();
