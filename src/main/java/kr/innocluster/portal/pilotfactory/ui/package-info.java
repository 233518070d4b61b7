/** The pilot factory's views: calendar and booking for companies; resources, approvals and utilisation for staff. */
package kr.innocluster.portal.pilotfactory.ui;
