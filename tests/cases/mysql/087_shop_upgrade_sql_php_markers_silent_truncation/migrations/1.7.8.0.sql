SET SESSION sql_mode='';
SET NAMES 'utf8mb4';

## Names longer than 64 characters are cut without an error (no strict mode)
ALTER TABLE `ps_configuration` MODIFY `name` VARCHAR(64) NOT NULL;
ALTER TABLE `ps_orders` MODIFY `total_paid` DECIMAL(20,2) NOT NULL DEFAULT '0.00';

INSERT IGNORE INTO `ps_hook` (`id_hook`, `name`, `title`, `description`, `position`) VALUES
  (NULL, 'actionValidateOrderAfter', 'New Order', 'This hook is called after validating an order by core', '1'),
  (NULL, 'actionAdminOrdersTrackingNumberUpdate', 'After setting the tracking number for the order', 'Called after the tracking number was added', '1');
/* PHP:add_new_tab('AdminCustomerPreferences', 'en:Customers', 0, false, 'AdminParentCustomer'); */;
