CREATE TABLE `audit_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`occurred_at` text NOT NULL,
	`actor_user_id` integer,
	`actor_label` text NOT NULL,
	`action` text NOT NULL,
	`entity_type` text NOT NULL,
	`entity_id` text NOT NULL,
	`before` text,
	`after` text,
	FOREIGN KEY (`actor_user_id`) REFERENCES `staff_users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `audit_events_entity` ON `audit_events` (`entity_type`,`entity_id`);--> statement-breakpoint
CREATE TABLE `countries` (
	`code` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`languages` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `invitations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`survey_version_id` integer NOT NULL,
	`country_code` text NOT NULL,
	`organisation_name` text NOT NULL,
	`organisation_type` text NOT NULL,
	`contact_name` text,
	`contact_email` text,
	`preferred_locale` text,
	`token_hash` text NOT NULL,
	`status` text DEFAULT 'active' NOT NULL,
	`created_by_user_id` integer,
	`created_at` text NOT NULL,
	`revoked_at` text,
	`first_opened_at` text,
	`last_activity_at` text,
	FOREIGN KEY (`survey_version_id`) REFERENCES `survey_versions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`country_code`) REFERENCES `countries`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_user_id`) REFERENCES `staff_users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `invitations_token_hash_unique` ON `invitations` (`token_hash`);--> statement-breakpoint
CREATE INDEX `invitations_survey_version` ON `invitations` (`survey_version_id`);--> statement-breakpoint
CREATE INDEX `invitations_country` ON `invitations` (`country_code`);--> statement-breakpoint
CREATE TABLE `responses` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`invitation_id` integer NOT NULL,
	`survey_version_id` integer NOT NULL,
	`answers` text NOT NULL,
	`page` integer DEFAULT 0 NOT NULL,
	`status` text NOT NULL,
	`locale` text,
	`reference` text,
	`is_synthetic` integer DEFAULT false NOT NULL,
	`started_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`submitted_at` text,
	FOREIGN KEY (`invitation_id`) REFERENCES `invitations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`survey_version_id`) REFERENCES `survey_versions`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "responses_submitted_has_reference" CHECK("responses"."status" <> 'submitted' OR "responses"."reference" IS NOT NULL)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `responses_invitation_id_unique` ON `responses` (`invitation_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `responses_reference_unique` ON `responses` (`reference`);--> statement-breakpoint
CREATE INDEX `responses_survey_version_status` ON `responses` (`survey_version_id`,`status`);--> statement-breakpoint
CREATE TABLE `staff_user_countries` (
	`user_id` integer NOT NULL,
	`country_code` text NOT NULL,
	PRIMARY KEY(`user_id`, `country_code`),
	FOREIGN KEY (`user_id`) REFERENCES `staff_users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`country_code`) REFERENCES `countries`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `staff_users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`password_hash` text NOT NULL,
	`role` text NOT NULL,
	`created_at` text NOT NULL,
	`disabled_at` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `staff_users_email_unique` ON `staff_users` (`email`);--> statement-breakpoint
CREATE TABLE `survey_versions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`survey_id` integer NOT NULL,
	`version_number` integer NOT NULL,
	`definition` text NOT NULL,
	`content_hash` text NOT NULL,
	`status` text NOT NULL,
	`created_at` text NOT NULL,
	`published_at` text,
	`closed_at` text,
	FOREIGN KEY (`survey_id`) REFERENCES `surveys`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `survey_versions_survey_number` ON `survey_versions` (`survey_id`,`version_number`);--> statement-breakpoint
CREATE UNIQUE INDEX `survey_versions_survey_hash` ON `survey_versions` (`survey_id`,`content_hash`);--> statement-breakpoint
CREATE TABLE `surveys` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`title` text NOT NULL,
	`source` text NOT NULL,
	`opens_at` text,
	`closes_at` text,
	`minimum_cell_size` integer DEFAULT 3 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `surveys_slug_unique` ON `surveys` (`slug`);