; Inno Setup 6 script (6.3 or later, for the x64compatible architecture id): a per-user
; installer for shareASM Companion (no admin rights).
;
; Built by `python packaging/build.py` on Windows, which passes the defines below from
; pyproject.toml and the PyInstaller output, for example:
;   ISCC.exe /DAppVersion=0.1.0 /DAppName="shareASM Companion"
;            /DAppExeName=shareasm-companion.exe /DSourceDir=dist\shareasm-companion
;            /DOutputDir=dist /DOutputBase=shareasm-companion-0.1.0-windows-setup
;            /DIconFile=resources\icons\shareasm-companion.ico
;            packaging\windows\shareasm-companion.iss
;
; Installs to %LOCALAPPDATA%\Programs\shareASM Companion, adds a Start-menu entry (and
; a desktop shortcut if ticked) and an uninstaller listed in "Apps & features".
; Settings, data and logs live in %APPDATA% / %LOCALAPPDATA%\shareasm-companion and
; are kept on uninstall, so a reinstall or upgrade keeps the user's drafts.

#ifndef AppVersion
  #error AppVersion is not defined: build with python packaging/build.py
#endif
#ifndef SourceDir
  #error SourceDir is not defined: build with python packaging/build.py
#endif
#ifndef AppName
  #define AppName "shareASM Companion"
#endif
#ifndef AppExeName
  #define AppExeName "shareasm-companion.exe"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#ifndef OutputBase
  #define OutputBase "shareasm-companion-" + AppVersion + "-windows-setup"
#endif
#ifndef IconFile
  #define IconFile "..\..\resources\icons\shareasm-companion.ico"
#endif

[Setup]
; AppId identifies the app across upgrades: never change it
AppId={{0B7C4249-7D42-495C-9E6D-6BBA7875BCCC}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=IIED shareASM
AppPublisherURL=https://www.iied.org/
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
; per user: no UAC prompt; {autopf} is then %LOCALAPPDATA%\Programs
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#AppExeName}
SetupIconFile={#IconFile}
OutputDir={#OutputDir}
OutputBaseFilename={#OutputBase}
; the one-folder app is ~190 MB: LZMA2 solid keeps the download small for costly links
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; PySide6 6.12 wheels are 64-bit only and need Windows 10 or later
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
; close a running copy before replacing its files, and start it again afterwards
CloseApplications=yes
RestartApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "portuguese"; MessagesFile: "compiler:Languages\Portuguese.isl"
Name: "brazilianportuguese"; MessagesFile: "compiler:Languages\BrazilianPortuguese.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; the whole PyInstaller folder; a "portable" marker never goes into an installed copy
Source: "{#SourceDir}\*"; DestDir: "{app}"; Excludes: "\portable,\shareasm-data"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; an upgrade must not keep libraries the new version no longer ships
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#StringChange(AppName, '&', '&&')}}"; Flags: nowait postinstall skipifsilent
