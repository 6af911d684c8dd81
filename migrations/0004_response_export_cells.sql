CREATE TABLE `response_export_cells` (
	`response_id` integer PRIMARY KEY NOT NULL,
	`layout` text NOT NULL,
	`cells` text NOT NULL,
	FOREIGN KEY (`response_id`) REFERENCES `responses`(`id`) ON UPDATE no action ON DELETE cascade
);
