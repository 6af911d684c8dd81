-- Custom SQL migration file, put your code below! --
-- Demo invitations made before invitations carried the mark: those whose response is synthetic.
UPDATE `invitations` SET `is_synthetic` = 1 WHERE `id` IN (SELECT `invitation_id` FROM `responses` WHERE `is_synthetic` = 1);
