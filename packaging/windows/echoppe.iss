; Windows installer of Échoppe (Inno Setup 6), from the PyInstaller one-folder build of packaging\echoppe.spec.
;   pyinstaller --noconfirm --distpath dist --workpath build packaging\echoppe.spec
;   iscc /DAppVersion=0.1.0 packaging\windows\echoppe.iss      -> dist\echoppe-0.1.0-setup.exe
; Installs for the current user without administrator rights (or for everyone when the user chooses so),
; adds a Start-menu entry, associates .echoppe shop files, and uninstalls cleanly from "Apps". Shops and
; Échoppe's own data (%LOCALAPPDATA%\echoppe) belong to the user and are kept on uninstall.
; Not built on the project's machines yet: see docs\install.md.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z (the one of wizard\__init__.py)
#endif
#define AppName "Échoppe"
#define AppExe "echoppe.exe"
#define ProgId "Echoppe.Shop"
#define BuildDir "..\..\dist\echoppe"

[Setup]
AppId={{6C4D3F0A-2E7B-4C59-9A41-8E5B1D7F3C20}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Échoppe
DefaultDirName={autopf}\Echoppe
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
ChangesAssociations=yes
SetupIconFile=..\..\build\echoppe\echoppe.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir=..\..\dist
OutputBaseFilename=echoppe-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
fr.ShopFile=Boutique Échoppe
en.ShopFile=Échoppe shop
fr.StartApp=Ouvrir Échoppe
en.StartApp=Start Échoppe

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BuildDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:ShopFile}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; The .echoppe file type (HKA: the current user's classes, or the machine's when installed for everyone).
Root: HKA; Subkey: "Software\Classes\.echoppe"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.echoppe\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:ShopFile}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
; Double-clicking a shop runs "echoppe.exe open <file>", as the Linux menu entry does.
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" open ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".echoppe"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:StartApp}"; Flags: nowait postinstall skipifsilent
