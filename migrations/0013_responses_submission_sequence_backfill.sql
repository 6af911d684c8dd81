-- Custom SQL migration file, put your code below! --
-- Responses submitted before the sequence existed are numbered in the order the old cursor read them: by
-- submission time, then id.
UPDATE `responses` SET `submission_sequence` = (
  SELECT `ordered`.`sequence` FROM (
    SELECT `id`, row_number() OVER (ORDER BY `submitted_at`, `id`) AS `sequence`
    FROM `responses` WHERE `status` = 'submitted'
  ) AS `ordered` WHERE `ordered`.`id` = `responses`.`id`
) WHERE `status` = 'submitted';
