-- An order desk modelled in MySQL Workbench and forward-engineered years ago.
CREATE TABLE IF NOT EXISTS `customers` (
  `idcustomers` INT(11) NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(45) NOT NULL,
  `email` VARCHAR(45) NULL DEFAULT NULL,
  `vip` TINYINT(1) NULL DEFAULT 0,
  PRIMARY KEY (`idcustomers`))
ENGINE = InnoDB
DEFAULT CHARACTER SET = utf8mb4;

CREATE TABLE IF NOT EXISTS `orders` (
  `idorders` INT(11) NOT NULL AUTO_INCREMENT,
  `customer_id` INT(11) NULL DEFAULT NULL,
  `total` DECIMAL(10,2) NOT NULL DEFAULT 0.00,
  `placed` DATETIME NOT NULL,
  PRIMARY KEY (`idorders`),
  INDEX `fk_orders_customers_idx` (`customer_id` ASC),
  CONSTRAINT `fk_orders_customers`
    FOREIGN KEY (`customer_id`)
    REFERENCES `customers` (`idcustomers`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION)
ENGINE = InnoDB
DEFAULT CHARACTER SET = utf8mb4;

INSERT INTO `customers` (`name`, `email`, `vip`)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 40)
SELECT CONCAT('Customer ', n), IF(n % 7 = 0, NULL, CONCAT('c', n, '@desk.example')), n % 5 = 0 FROM seq ORDER BY n;
INSERT INTO `orders` (`customer_id`, `total`, `placed`)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 150)
SELECT IF(n % 25 = 0, NULL, 1 + n % 40), ROUND(n * 7.35, 2), TIMESTAMP('2019-05-01 09:00:00') + INTERVAL n * 5 HOUR FROM seq ORDER BY n;
