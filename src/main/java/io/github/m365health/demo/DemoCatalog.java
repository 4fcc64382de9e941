package io.github.m365health.demo;

import io.github.m365health.demo.DemoService.Feature;
import java.util.List;

/** The demo tenant's services: real Graph ids and display names, in the order Graph lists them. */
final class DemoCatalog {

    static final DemoService EXCHANGE = new DemoService("Exchange", "Exchange Online", "EX", List.of(
            new Feature("E-Mail timely delivery", "Mailflow - delayed delivery from Internet",
                    "receive email from external senders in a timely manner"),
            new Feature("E-Mail and calendar access", "Outlook on the web", "open shared calendars in Outlook on the web")));
    static final DemoService TEAMS = new DemoService("microsoftteams", "Microsoft Teams", "TM", List.of(
            new Feature("Teams Components", "Chat", "load chat history in Microsoft Teams"),
            new Feature("Teams Components", "Meetings", "join scheduled Microsoft Teams meetings from the calendar")));
    static final DemoService SHAREPOINT = new DemoService("SharePoint", "SharePoint Online", "SP", List.of(
            new Feature("SharePoint Features", "Document libraries", "open files stored in SharePoint Online document libraries"),
            new Feature("SharePoint Features", "Search", "see recent content in SharePoint Online search results")));
    static final DemoService ONEDRIVE = new DemoService("OneDriveForBusiness", "OneDrive for Business", "OD", List.of(
            new Feature("OneDrive for Business", "Sync", "sync files with the OneDrive sync app")));
    static final DemoService SUITE = new DemoService("OSDPPlatform", "Microsoft 365 suite", "MO", List.of(
            new Feature("Portal", "Microsoft 365 app launcher", "open apps from the Microsoft 365 app launcher")));
    static final DemoService IDENTITY = new DemoService("OrgLiveID", "Identity Service", "AD", List.of(
            new Feature("Authentication", "Sign-in", "sign in to Microsoft 365 services with multifactor authentication")));
    static final DemoService INTUNE = new DemoService("Intune", "Microsoft Intune", "IT", List.of(
            new Feature("Device enrollment", "Windows enrollment", "enroll new Windows devices in Microsoft Intune")));
    static final DemoService POWER_BI = new DemoService("PowerBIcom", "Power BI", "PB", List.of(
            new Feature("Power BI Service", "Dataset refresh", "refresh scheduled Power BI semantic models")));
    static final DemoService DEFENDER = new DemoService("Microsoft365Defender", "Microsoft Defender XDR", "DZ", List.of(
            new Feature("Microsoft Defender XDR", "Alerts", "see new alerts in the Microsoft Defender portal in a timely manner")));
    static final DemoService PLANNER = new DemoService("Planner", "Planner", "PL", List.of(
            new Feature("Planner", "Task boards", "load task boards in Planner")));

    static final List<DemoService> SERVICES = List.of(
            EXCHANGE, TEAMS, SHAREPOINT, ONEDRIVE, SUITE, IDENTITY, INTUNE, POWER_BI, DEFENDER, PLANNER);

    private DemoCatalog() {
    }
}
