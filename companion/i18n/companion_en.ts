<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccountsWidget</name>
    <message numerus="yes">
        <location filename="../ui/accounts/accounts_widget.py" line="243"/>
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
        <location filename="../ui/live/chart.py" line="30"/>
        <source>%Ln posts in the last %1 hours</source>
        <translation>
            <numerusform>%Ln post in the last %1 hours</numerusform>
            <numerusform>%Ln posts in the last %1 hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryWidget</name>
    <message numerus="yes">
        <location filename="../ui/library/library_widget.py" line="633"/>
        <source>about %Ln min left</source>
        <translation>
            <numerusform>about %Ln min left</numerusform>
            <numerusform>about %Ln min left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveArea</name>
    <message numerus="yes">
        <location filename="../ui/live/widget.py" line="269"/>
        <source>%Ln new posts — show</source>
        <translation>
            <numerusform>%Ln new post — show</numerusform>
            <numerusform>%Ln new posts — show</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/live/widget.py" line="273"/>
        <source>%Ln new posts</source>
        <translation>
            <numerusform>%Ln new post</numerusform>
            <numerusform>%Ln new posts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxController</name>
    <message numerus="yes">
        <location filename="../ui/compose/outbox_controller.py" line="162"/>
        <source>%Ln waiting to be sent</source>
        <translation>
            <numerusform>%Ln waiting to be sent</numerusform>
            <numerusform>%Ln waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/compose/outbox_controller.py" line="166"/>
        <source>%Ln need attention</source>
        <translation>
            <numerusform>%Ln needs attention</numerusform>
            <numerusform>%Ln need attention</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PostListModel</name>
    <message numerus="yes">
        <location filename="../ui/live/post_model.py" line="117"/>
        <source>%n picture(s)</source>
        <extracomment>uris whose content warning was opened / sensitive media revealed</extracomment>
        <translation>
            <numerusform>%n picture</numerusform>
            <numerusform>%n pictures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PublicationViewer</name>
    <message numerus="yes">
        <location filename="../ui/library/publication.py" line="187"/>
        <source>%Ln matches</source>
        <translation>
            <numerusform>%Ln match</numerusform>
            <numerusform>%Ln matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThreadPreview</name>
    <message numerus="yes">
        <location filename="../ui/compose/thread_preview.py" line="86"/>
        <source>%n parts.</source>
        <translation>
            <numerusform>%n part.</numerusform>
            <numerusform>%n parts.</numerusform>
        </translation>
    </message>
</context>
</TS>
