CREATE TABLE "catalog_search" (
	"item_code" text PRIMARY KEY NOT NULL,
	"version" integer NOT NULL,
	"name_zh" text NOT NULL,
	"name_en" text NOT NULL,
	"type" text NOT NULL,
	"department_kind" text NOT NULL,
	"audience" text[] NOT NULL,
	"themes" text[] NOT NULL,
	"statutory_days" integer NOT NULL,
	"english_words" text NOT NULL,
	"document" "tsvector" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "data_elements" (
	"code" text PRIMARY KEY NOT NULL,
	"name_zh" text NOT NULL,
	"name_en" text NOT NULL,
	"subject" text NOT NULL,
	"type" text NOT NULL,
	"is_personal_information" boolean NOT NULL,
	"is_sensitive" boolean NOT NULL
);
--> statement-breakpoint
CREATE TABLE "implementations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"item_code" text NOT NULL,
	"region_code" text NOT NULL,
	"department_id" uuid NOT NULL,
	"standard_version" integer NOT NULL,
	"promised_days" integer NOT NULL,
	"visits" integer NOT NULL,
	"content" jsonb NOT NULL,
	"needs_review" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "life_events" (
	"id" text PRIMARY KEY NOT NULL,
	"content" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "standard_item_versions" (
	"item_code" text NOT NULL,
	"version" integer NOT NULL,
	"status" text NOT NULL,
	"content" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone,
	"withdrawn_at" timestamp with time zone,
	CONSTRAINT "standard_item_versions__pk" PRIMARY KEY("item_code","version")
);
--> statement-breakpoint
CREATE TABLE "standard_items" (
	"code" text PRIMARY KEY NOT NULL,
	"current_version" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "implementations" ADD CONSTRAINT "implementations_item_code_standard_items_code_fk" FOREIGN KEY ("item_code") REFERENCES "public"."standard_items"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "standard_item_versions" ADD CONSTRAINT "standard_item_versions_item_code_standard_items_code_fk" FOREIGN KEY ("item_code") REFERENCES "public"."standard_items"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "catalog_search__document__idx" ON "catalog_search" USING gin ("document");--> statement-breakpoint
CREATE INDEX "catalog_search__department_kind__idx" ON "catalog_search" USING btree ("department_kind");--> statement-breakpoint
CREATE UNIQUE INDEX "implementations__item_region__key" ON "implementations" USING btree ("item_code","region_code");--> statement-breakpoint
CREATE INDEX "implementations__region_code__idx" ON "implementations" USING btree ("region_code");--> statement-breakpoint
CREATE UNIQUE INDEX "standard_item_versions__one_draft__key" ON "standard_item_versions" USING btree ("item_code") WHERE status = 'draft';