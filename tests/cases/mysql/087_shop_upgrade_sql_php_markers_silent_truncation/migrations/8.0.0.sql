SET SESSION sql_mode='';
SET NAMES 'utf8mb4';

DROP TABLE IF EXISTS `ps_referrer`;
DROP TABLE IF EXISTS `ps_referrer_cache`;
DROP TABLE IF EXISTS `ps_referrer_shop`;
DROP TABLE IF EXISTS `ps_attribute_impact`;

/* Remove page Referrers */
## Remove Tabs
/* PHP:ps_remove_controller_tab('AdminReferrers'); */;
## Remove Roles
/* For SalesMan profile, remove parent tab `Traffic & SEO` */
DELETE FROM `ps_access`
  WHERE `id_authorization_role` IN (SELECT `id_authorization_role` FROM `ps_authorization_role` WHERE `slug` LIKE 'ROLE_MOD_TAB_ADMINPARENTMETA_%')
  AND `id_profile` = 4;
DELETE FROM `ps_authorization_role` WHERE `slug` LIKE 'ROLE_MOD_TAB_ADMINREFERRERS_%';
## Remove Configuration
DELETE FROM `ps_configuration`
  WHERE `name` IN ('PS_REFERRERS_CACHE_LIKE', 'PS_REFERRERS_CACHE_DATE');

INSERT INTO `ps_configuration` (`name`, `value`, `date_add`, `date_upd`) VALUES
    ('PS_MAIL_DKIM_ENABLE', '0', '2022-10-01 00:00:00', '2022-10-01 00:00:00'),
    ('PS_MAIL_DKIM_DOMAIN', '', '2022-10-01 00:00:00', '2022-10-01 00:00:00'),
    ('PS_WEBP_QUALITY', '80', '2022-10-01 00:00:00', '2022-10-01 00:00:00')
;
