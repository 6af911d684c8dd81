ALTER TABLE `staff_users` ADD `password_change_required` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `surveys` ADD `contact_name` text;--> statement-breakpoint
ALTER TABLE `surveys` ADD `contact_email` text;