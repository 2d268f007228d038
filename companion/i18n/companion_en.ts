<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccountsWidget</name>
    <message numerus="yes">
        <location filename="../ui/accounts/accounts_widget.py" line="246"/>
        <source>%n accounts need a login again: select one and choose “Log in again”. Posts waiting for them are kept.</source>
        <translation>
            <numerusform>%n account needs a login again: select it and choose “Log in again”. Posts waiting for it are kept.</numerusform>
            <numerusform>%n accounts need a login again: select one and choose “Log in again”. Posts waiting for them are kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message numerus="yes">
        <location filename="../ui/countdown/text.py" line="52"/>
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/countdown/text.py" line="55"/>
        <source>%Ln hours</source>
        <translation>
            <numerusform>%Ln hour</numerusform>
            <numerusform>%Ln hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/countdown/text.py" line="58"/>
        <source>%Ln minutes</source>
        <translation>
            <numerusform>%Ln minute</numerusform>
            <numerusform>%Ln minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/countdown/text.py" line="61"/>
        <source>%Ln h</source>
        <translation>
            <numerusform>%Ln h</numerusform>
            <numerusform>%Ln h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/countdown/text.py" line="64"/>
        <source>%Ln min</source>
        <translation>
            <numerusform>%Ln min</numerusform>
            <numerusform>%Ln min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HourChart</name>
    <message numerus="yes">
        <location filename="../ui/live/chart.py" line="38"/>
        <source>%Ln posts in the last %1 hours</source>
        <translation>
            <numerusform>%Ln post in the last %1 hours</numerusform>
            <numerusform>%Ln posts in the last %1 hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveArea</name>
    <message numerus="yes">
        <location filename="../ui/live/widget.py" line="278"/>
        <source>%Ln new posts — show</source>
        <extracomment>settings that change which sources are read (the sources are rebuilt) sources were unreachable (or the computer offline) at the last state change what was last announced to screen readers (polite, only when the count changes) the event&apos;s time zone, for the chart&apos;s hours (read on a worker at start)</extracomment>
        <translation>
            <numerusform>%Ln new post — show</numerusform>
            <numerusform>%Ln new posts — show</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/live/widget.py" line="282"/>
        <source>%Ln new posts</source>
        <translation>
            <numerusform>%Ln new post</numerusform>
            <numerusform>%Ln new posts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveStatusWords</name>
    <message numerus="yes">
        <location filename="../ui/live/status_text.py" line="27"/>
        <source>%n of %1 source(s) answering</source>
        <translation>
            <numerusform>%n of %1 source answering</numerusform>
            <numerusform>%n of %1 sources answering</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/live/status_text.py" line="30"/>
        <source>%n unreachable</source>
        <translation>
            <numerusform>%n unreachable</numerusform>
            <numerusform>%n unreachable</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/live/status_text.py" line="33"/>
        <source>%n source(s) unreachable</source>
        <translation>
            <numerusform>%n source unreachable</numerusform>
            <numerusform>%n sources unreachable</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/live/status_text.py" line="36"/>
        <source>%n source(s) unreachable since %1</source>
        <translation>
            <numerusform>%n source unreachable since %1</numerusform>
            <numerusform>%n sources unreachable since %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/live/status_text.py" line="39"/>
        <source>next try in %n s</source>
        <translation>
            <numerusform>next try in %n s</numerusform>
            <numerusform>next try in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/live/status_text.py" line="42"/>
        <source>next try in %n min</source>
        <translation>
            <numerusform>next try in %n min</numerusform>
            <numerusform>next try in %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/live/status_text.py" line="45"/>
        <source>%n need(s) a login</source>
        <translation>
            <numerusform>%n needs a login</numerusform>
            <numerusform>%n need a login</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/live/status_text.py" line="48"/>
        <source>%n source(s) need a login: add the account under Accounts</source>
        <translation>
            <numerusform>%n source needs a login: add the account under Accounts</numerusform>
            <numerusform>%n sources need a login: add the account under Accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/main_window.py" line="290"/>
        <source>◐ Connected, but %n server(s) not answering</source>
        <translation>
            <numerusform>◐ Connected, but %n server not answering</numerusform>
            <numerusform>◐ Connected, but %n servers not answering</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworkPreview</name>
    <message numerus="yes">
        <location filename="../ui/compose/preview.py" line="140"/>
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n posts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxController</name>
    <message numerus="yes">
        <location filename="../ui/compose/outbox_controller.py" line="179"/>
        <source>%Ln waiting to be sent</source>
        <translation>
            <numerusform>%Ln waiting to be sent</numerusform>
            <numerusform>%Ln waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/compose/outbox_controller.py" line="183"/>
        <source>%Ln need attention</source>
        <translation>
            <numerusform>%Ln needs attention</numerusform>
            <numerusform>%Ln need attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/compose/outbox_controller.py" line="187"/>
        <source>%Ln ready for you to post on the X website.</source>
        <translation>
            <numerusform>%Ln ready for you to post on the X website.</numerusform>
            <numerusform>%Ln ready for you to post on the X website.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackJobs</name>
    <message numerus="yes">
        <location filename="../ui/library/pack_jobs.py" line="212"/>
        <source>about %Ln min left</source>
        <translation>
            <numerusform>about %Ln min left</numerusform>
            <numerusform>about %Ln min left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PostListModel</name>
    <message numerus="yes">
        <location filename="../ui/live/post_model.py" line="138"/>
        <source>%n picture(s)</source>
        <extracomment>how many of ``_rows`` the view has been given uris whose content warning was opened / sensitive media revealed</extracomment>
        <translation>
            <numerusform>%n picture</numerusform>
            <numerusform>%n pictures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewCard</name>
    <message numerus="yes">
        <location filename="../ui/compose/preview.py" line="65"/>
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n posts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/compose/preview.py" line="92"/>
        <source>%n picture(s)</source>
        <translation>
            <numerusform>%n picture</numerusform>
            <numerusform>%n pictures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PublicationViewer</name>
    <message numerus="yes">
        <location filename="../ui/library/publication.py" line="189"/>
        <source>%Ln matches</source>
        <translation>
            <numerusform>%Ln match</numerusform>
            <numerusform>%Ln matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message numerus="yes">
        <location filename="../ui/live/relative.py" line="19"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/live/relative.py" line="22"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message numerus="yes">
        <location filename="../ui/live/export_report.py" line="87"/>
        <source>The report (%n post(s)) was saved to %1.</source>
        <translation>
            <numerusform>The report (%n post) was saved to %1.</numerusform>
            <numerusform>The report (%n posts) was saved to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThreadPreview</name>
    <message numerus="yes">
        <location filename="../ui/compose/thread_preview.py" line="96"/>
        <source>%n parts.</source>
        <translation>
            <numerusform>%n part.</numerusform>
            <numerusform>%n parts.</numerusform>
        </translation>
    </message>
</context>
</TS>
