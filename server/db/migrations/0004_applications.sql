CREATE TABLE "notification_deliveries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"notification_id" uuid NOT NULL,
	"channel" text NOT NULL,
	"address_enc" text NOT NULL,
	"state" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "calendar_years" (
	"year" integer PRIMARY KEY NOT NULL,
	"arrangement" jsonb NOT NULL,
	"loaded_by" text NOT NULL,
	"loaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stored_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" uuid NOT NULL,
	"storage_key" text NOT NULL,
	"media_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"file_name" text NOT NULL,
	"attached_to" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "idempotency_keys" (
	"principal" text NOT NULL,
	"key" text NOT NULL,
	"scope" text NOT NULL,
	"request_hash" text NOT NULL,
	"state" text NOT NULL,
	"response_status" integer,
	"response_body" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "idempotency_keys__pk" PRIMARY KEY("principal","scope","key")
);
--> statement-breakpoint
CREATE TABLE "application_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"application_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" uuid,
	"actor_name" text NOT NULL,
	"action" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"note" text,
	"details" jsonb
);
--> statement-breakpoint
CREATE TABLE "applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"parent_id" uuid,
	"case_number" text,
	"applicant_id" uuid NOT NULL,
	"applicant_name" text NOT NULL,
	"status" text NOT NULL,
	"item_code" text,
	"item_version" integer,
	"life_event_id" text,
	"implementation_id" uuid,
	"region_code" text NOT NULL,
	"department_id" uuid,
	"title_zh" text NOT NULL,
	"title_en" text NOT NULL,
	"form_enc" text NOT NULL,
	"materials" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"depends_on" text[] DEFAULT '{}'::text[] NOT NULL,
	"step_index" integer DEFAULT 0 NOT NULL,
	"assignee_id" uuid,
	"promised_days" integer DEFAULT 0 NOT NULL,
	"extension_days" integer DEFAULT 0 NOT NULL,
	"paused_days" integer DEFAULT 0 NOT NULL,
	"paused_on" date,
	"accepted_on" date,
	"due_on" date,
	"due_provisional" boolean DEFAULT false NOT NULL,
	"deadline_state" text DEFAULT 'on_time' NOT NULL,
	"escalated_at" timestamp with time zone,
	"supplement_count" integer DEFAULT 0 NOT NULL,
	"supplement_request" jsonb,
	"decision" jsonb,
	"licence_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "case_counters" (
	"prefix" text NOT NULL,
	"day" text NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "case_counters__pk" PRIMARY KEY("prefix","day")
);
--> statement-breakpoint
CREATE TABLE "case_ratings" (
	"application_id" uuid PRIMARY KEY NOT NULL,
	"rater_id" uuid NOT NULL,
	"score" smallint NOT NULL,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"comment" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "elicences" (
	"id" uuid PRIMARY KEY NOT NULL,
	"type" text NOT NULL,
	"number" text NOT NULL,
	"holder_user_id" uuid,
	"holder_bidx" text,
	"issuer_department_id" uuid,
	"issued_on" date NOT NULL,
	"valid_until" date,
	"payload" jsonb NOT NULL,
	"jws" text NOT NULL,
	"application_id" uuid,
	"status" text DEFAULT 'valid' NOT NULL,
	"revoked_at" timestamp with time zone,
	"revoked_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "email_enc" text;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "body_zh" text;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "body_en" text;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "link" text;--> statement-breakpoint
CREATE INDEX "notification_deliveries__state__idx" ON "notification_deliveries" USING btree ("state");--> statement-breakpoint
CREATE INDEX "notification_deliveries__notification_id__idx" ON "notification_deliveries" USING btree ("notification_id");--> statement-breakpoint
CREATE INDEX "stored_files__owner_id__idx" ON "stored_files" USING btree ("owner_id");--> statement-breakpoint
CREATE INDEX "stored_files__attached_to__idx" ON "stored_files" USING btree ("attached_to");--> statement-breakpoint
CREATE INDEX "application_events__application_id__idx" ON "application_events" USING btree ("application_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "applications__case_number__key" ON "applications" USING btree ("case_number");--> statement-breakpoint
CREATE INDEX "applications__applicant_id__idx" ON "applications" USING btree ("applicant_id","created_at");--> statement-breakpoint
CREATE INDEX "applications__department_id__idx" ON "applications" USING btree ("department_id","status");--> statement-breakpoint
CREATE INDEX "applications__parent_id__idx" ON "applications" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "applications__status_updated__idx" ON "applications" USING btree ("status","updated_at");--> statement-breakpoint
CREATE UNIQUE INDEX "elicences__type_number__key" ON "elicences" USING btree ("type","number");--> statement-breakpoint
CREATE INDEX "elicences__holder_user_id__idx" ON "elicences" USING btree ("holder_user_id","type");--> statement-breakpoint
CREATE INDEX "elicences__holder_bidx__idx" ON "elicences" USING btree ("holder_bidx");