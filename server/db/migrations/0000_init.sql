CREATE TABLE "audit_checkpoints" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"seq" bigint NOT NULL,
	"hash" text NOT NULL,
	"jws" text NOT NULL,
	"key_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"records" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_records" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_id" uuid,
	"actor_label" text NOT NULL,
	"ip" text,
	"action" text NOT NULL,
	"object_type" text NOT NULL,
	"object_id" text,
	"result" text NOT NULL,
	"details" jsonb NOT NULL,
	"request_id" text
);
--> statement-breakpoint
CREATE TABLE "audit_seals" (
	"seq" bigint PRIMARY KEY NOT NULL,
	"record_id" bigint NOT NULL,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL,
	"sealed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "audit_seals__record_id__key" UNIQUE("record_id")
);
--> statement-breakpoint
CREATE TABLE "outbox_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"topic" text NOT NULL,
	"payload" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"relayed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "processed_events" (
	"event_id" text NOT NULL,
	"handler" text NOT NULL,
	"processed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "processed_events__pk" PRIMARY KEY("event_id","handler")
);
--> statement-breakpoint
CREATE TABLE "departments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"name_en" text,
	"kind" text NOT NULL,
	"region_code" text NOT NULL,
	"parent_id" uuid,
	CONSTRAINT "departments__code__key" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "login_throttles" (
	"key" text PRIMARY KEY NOT NULL,
	"failures" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "recovery_codes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"code_hash" text NOT NULL,
	"used_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "regions" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"name_en" text,
	"level" text NOT NULL,
	"parent_code" text,
	"path" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"state" text NOT NULL,
	"csrf_token" text NOT NULL,
	"ip" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "staff_roles" (
	"user_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"role" text NOT NULL,
	CONSTRAINT "staff_roles__pk" PRIMARY KEY("user_id","department_id","role")
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"username" text,
	"login_bidx" text NOT NULL,
	"password_hash" text NOT NULL,
	"region_code" text,
	"id_number_enc" text,
	"id_number_bidx" text,
	"mobile_enc" text,
	"mobile_bidx" text,
	"address_enc" text,
	"credit_code_enc" text,
	"credit_code_bidx" text,
	"legal_representative" text,
	"totp_secret_enc" text,
	"totp_enrolled_at" timestamp with time zone,
	"totp_last_step" bigint,
	"status" text DEFAULT 'active' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "departments" ADD CONSTRAINT "departments_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recovery_codes" ADD CONSTRAINT "recovery_codes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_roles" ADD CONSTRAINT "staff_roles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_roles" ADD CONSTRAINT "staff_roles_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_records__actor_id__idx" ON "audit_records" USING btree ("actor_id");--> statement-breakpoint
CREATE INDEX "audit_records__object__idx" ON "audit_records" USING btree ("object_type","object_id");--> statement-breakpoint
CREATE INDEX "audit_records__at__idx" ON "audit_records" USING btree ("at");--> statement-breakpoint
CREATE INDEX "outbox_events__unrelayed__idx" ON "outbox_events" USING btree ("id") WHERE relayed_at IS NULL;--> statement-breakpoint
CREATE INDEX "departments__region_code__idx" ON "departments" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "recovery_codes__user_id__idx" ON "recovery_codes" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "regions__path__idx" ON "regions" USING btree ("path");--> statement-breakpoint
CREATE INDEX "regions__parent_code__idx" ON "regions" USING btree ("parent_code");--> statement-breakpoint
CREATE INDEX "sessions__user_id__idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "staff_roles__admin_role__key" ON "staff_roles" USING btree ("user_id") WHERE role IN ('system_admin', 'security_admin', 'audit_admin');--> statement-breakpoint
CREATE UNIQUE INDEX "users__login_bidx__key" ON "users" USING btree ("login_bidx");--> statement-breakpoint
CREATE UNIQUE INDEX "users__username__key" ON "users" USING btree ("username");--> statement-breakpoint
CREATE UNIQUE INDEX "users__id_number_bidx__key" ON "users" USING btree ("id_number_bidx");--> statement-breakpoint
CREATE UNIQUE INDEX "users__credit_code_bidx__key" ON "users" USING btree ("credit_code_bidx");--> statement-breakpoint
CREATE INDEX "users__region_code__idx" ON "users" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "users__mobile_bidx__idx" ON "users" USING btree ("mobile_bidx");