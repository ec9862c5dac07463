CREATE TABLE "data_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"resource_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"status" text DEFAULT 'running' NOT NULL,
	"total_rows" integer DEFAULT 0 NOT NULL,
	"processed_rows" integer DEFAULT 0 NOT NULL,
	"accepted_rows" integer DEFAULT 0 NOT NULL,
	"errors" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "data_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"resource_id" uuid NOT NULL,
	"subject_bidx" text NOT NULL,
	"data_enc" text NOT NULL,
	"issues" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "data_resources" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" jsonb NOT NULL,
	"description" jsonb NOT NULL,
	"classification" jsonb NOT NULL,
	"provider_department_id" uuid NOT NULL,
	"subject_kind" text NOT NULL,
	"fields" jsonb NOT NULL,
	"derived_from" text[] DEFAULT '{}'::text[] NOT NULL,
	"grade" text NOT NULL,
	"sharing_type" text NOT NULL,
	"not_shared_basis" text,
	"method" text NOT NULL,
	"open_data" boolean DEFAULT false NOT NULL,
	"update_cycle" text NOT NULL,
	"unique_fields" text[] DEFAULT '{}'::text[] NOT NULL,
	"released_on" date,
	"status" text DEFAULT 'published' NOT NULL,
	"quality" jsonb,
	"last_loaded_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "exchange_api_keys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"consumer_department_id" uuid NOT NULL,
	"name" text NOT NULL,
	"prefix" text NOT NULL,
	"secret_hash" text NOT NULL,
	"grant_ids" uuid[] NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	"last_used_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "exchange_checkpoints" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"seq" bigint NOT NULL,
	"hash" text NOT NULL,
	"jws" text NOT NULL,
	"key_id" text NOT NULL,
	"records" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "exchange_records" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"method" text NOT NULL,
	"caller_kind" text NOT NULL,
	"caller_department_id" uuid,
	"api_key_id" uuid,
	"actor_id" uuid,
	"grant_id" uuid,
	"resource_code" text NOT NULL,
	"provider_department_id" uuid,
	"subject_bidx" text,
	"fields" text[] NOT NULL,
	"purpose" text NOT NULL,
	"case_ref" text,
	"basis" text,
	"result" text NOT NULL,
	"reason" text,
	"request_id" text
);
--> statement-breakpoint
CREATE TABLE "exchange_seals" (
	"seq" bigint PRIMARY KEY NOT NULL,
	"record_id" bigint NOT NULL,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL,
	"sealed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "exchange_seals__record_id__key" UNIQUE("record_id")
);
--> statement-breakpoint
CREATE TABLE "sharing_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"consumer_department_id" uuid NOT NULL,
	"resource_id" uuid NOT NULL,
	"purpose" text NOT NULL,
	"legal_basis" text NOT NULL,
	"statutory" boolean DEFAULT false NOT NULL,
	"requested_fields" text[] NOT NULL,
	"period_from" date NOT NULL,
	"period_until" date NOT NULL,
	"status" text NOT NULL,
	"due_on" date,
	"reminded_at" timestamp with time zone,
	"escalated_at" timestamp with time zone,
	"granted_fields" text[],
	"plain_fields" text[],
	"rate_per_minute" integer,
	"expires_on" date,
	"refusal_reason" text,
	"decisions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "usage_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"record_id" bigint NOT NULL,
	"reporter_user_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"decision" text,
	"decided_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "data_imports__resource__idx" ON "data_imports" USING btree ("resource_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "data_records__resource__subject__key" ON "data_records" USING btree ("resource_id","subject_bidx");--> statement-breakpoint
CREATE UNIQUE INDEX "data_resources__code__key" ON "data_resources" USING btree ("code");--> statement-breakpoint
CREATE INDEX "data_resources__provider__idx" ON "data_resources" USING btree ("provider_department_id");--> statement-breakpoint
CREATE UNIQUE INDEX "exchange_api_keys__secret_hash__key" ON "exchange_api_keys" USING btree ("secret_hash");--> statement-breakpoint
CREATE INDEX "exchange_api_keys__consumer__idx" ON "exchange_api_keys" USING btree ("consumer_department_id");--> statement-breakpoint
CREATE INDEX "exchange_records__subject__idx" ON "exchange_records" USING btree ("subject_bidx","at");--> statement-breakpoint
CREATE INDEX "exchange_records__provider__idx" ON "exchange_records" USING btree ("provider_department_id","at");--> statement-breakpoint
CREATE INDEX "exchange_records__caller__idx" ON "exchange_records" USING btree ("caller_department_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "sharing_requests__number__key" ON "sharing_requests" USING btree ("number");--> statement-breakpoint
CREATE INDEX "sharing_requests__consumer__idx" ON "sharing_requests" USING btree ("consumer_department_id","status");--> statement-breakpoint
CREATE INDEX "sharing_requests__resource__idx" ON "sharing_requests" USING btree ("resource_id","status");--> statement-breakpoint
CREATE INDEX "usage_reports__status__idx" ON "usage_reports" USING btree ("status","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "usage_reports__record__reporter__key" ON "usage_reports" USING btree ("record_id","reporter_user_id");--> statement-breakpoint
CREATE TRIGGER exchange_records__append_only BEFORE UPDATE OR DELETE ON exchange_records FOR EACH ROW EXECUTE FUNCTION yiwang_audit_append_only();
--> statement-breakpoint
CREATE TRIGGER exchange_records__no_truncate BEFORE TRUNCATE ON exchange_records FOR EACH STATEMENT EXECUTE FUNCTION yiwang_audit_append_only();
--> statement-breakpoint
CREATE TRIGGER exchange_seals__append_only BEFORE UPDATE OR DELETE ON exchange_seals FOR EACH ROW EXECUTE FUNCTION yiwang_audit_append_only();
--> statement-breakpoint
CREATE TRIGGER exchange_seals__no_truncate BEFORE TRUNCATE ON exchange_seals FOR EACH STATEMENT EXECUTE FUNCTION yiwang_audit_append_only();
--> statement-breakpoint
CREATE TRIGGER exchange_checkpoints__append_only BEFORE UPDATE OR DELETE ON exchange_checkpoints FOR EACH ROW EXECUTE FUNCTION yiwang_audit_append_only();
--> statement-breakpoint
CREATE TRIGGER exchange_checkpoints__no_truncate BEFORE TRUNCATE ON exchange_checkpoints FOR EACH STATEMENT EXECUTE FUNCTION yiwang_audit_append_only();
