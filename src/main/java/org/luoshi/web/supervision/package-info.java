/** Pages of the supervision loop: 下达 and 签收, 办结 and 销号, 督办单 with replies; the rules are in supervision. */
package org.luoshi.web.supervision;
