<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../ui/accounts/dialog_base.py" line="41"/>
        <source>Messages</source>
        <translation>Mensagens</translation>
    </message>
</context>
<context>
    <name>AccountsWidget</name>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="98"/>
        <source>Accounts</source>
        <extracomment>replaced by tests; asks before removing</extracomment>
        <translation>Contas</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="101"/>
        <source>Connect the accounts you post from. Passwords and tokens stay in your computer&apos;s keyring; only names and server limits are saved by the app.</source>
        <translation>Conecte as contas de onde você posta. Senhas e tokens ficam no chaveiro do seu computador; o app salva só os nomes e os limites do servidor.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="106"/>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="106"/>
        <source>Network</source>
        <translation>Rede</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="106"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="106"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="108"/>
        <source>Connected accounts</source>
        <translation>Contas conectadas</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="109"/>
        <source>Account list columns</source>
        <translation>Colunas da lista de contas</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="111"/>
        <source>No accounts yet. Add one with the buttons above.</source>
        <translation>Nenhuma conta ainda. Adicione uma com os botões acima.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="113"/>
        <source>Loading accounts…</source>
        <translation>Carregando contas…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="116"/>
        <source>Add &amp;Mastodon…</source>
        <translation>Adicionar &amp;Mastodon…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="116"/>
        <source>Add a Mastodon account</source>
        <translation>Adicionar uma conta do Mastodon</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="117"/>
        <source>Add &amp;Bluesky…</source>
        <translation>Adicionar &amp;Bluesky…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="117"/>
        <source>Add a Bluesky account</source>
        <translation>Adicionar uma conta do Bluesky</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="118"/>
        <source>Add &amp;X…</source>
        <translation>Adicionar &amp;X…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="118"/>
        <source>Add X API credentials</source>
        <translation>Adicionar credenciais da API do X</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="119"/>
        <source>Log in &amp;again…</source>
        <translation>Entrar &amp;de novo…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="119"/>
        <source>Log in again to this account</source>
        <translation>Entrar de novo nesta conta</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="120"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="120"/>
        <source>Remove this account</source>
        <translation>Remover esta conta</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="124"/>
        <source>Keep logins for this &amp;session only</source>
        <translation>Manter logins só nesta &amp;sessão</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="126"/>
        <source>Keep logins for this session only, without a keyring</source>
        <translation>Manter logins só nesta sessão, sem chaveiro</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="133"/>
        <source>Needs login again</source>
        <translation>Precisa entrar de novo</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="138"/>
        <location filename="../ui/accounts/accounts_widget.py" line="140"/>
        <source>Offline: posts wait</source>
        <translation>Offline: postagens aguardam</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="141"/>
        <source>Connected</source>
        <translation>Conectada</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="158"/>
        <source>Logins are kept for this session only</source>
        <translation>Os logins ficam salvos só nesta sessão</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="161"/>
        <source>They are forgotten when the app closes. To keep them, install and unlock a keyring (for example GNOME Keyring or KWallet), then restart the app.</source>
        <translation>Eles são esquecidos quando o app fecha. Para mantê-los, instale e desbloqueie um chaveiro (por exemplo, GNOME Keyring ou KWallet) e reinicie o app.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="168"/>
        <source>No keyring to keep your logins safe</source>
        <translation>Nenhum chaveiro para guardar seus logins com segurança</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="171"/>
        <source>The app keeps passwords and tokens only in the system keyring, never in a file. None is working on this computer. On Linux, install and unlock GNOME Keyring or KWallet (for example: sudo apt install gnome-keyring), then restart the app. Or keep logins for this session only: you will log in again next time.</source>
        <translation>O app guarda senhas e tokens só no chaveiro do sistema, nunca em um arquivo. Nenhum está funcionando neste computador. No Linux, instale e desbloqueie o GNOME Keyring ou o KWallet (por exemplo: sudo apt install gnome-keyring) e reinicie o app. Ou mantenha os logins só nesta sessão: você vai precisar entrar de novo na próxima vez.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="233"/>
        <source>Double-click to log in again</source>
        <translation>Clique duas vezes para entrar de novo</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="241"/>
        <source>%1 needs a login again: select it and choose “Log in again”. Posts waiting for it are kept.</source>
        <translation>%1 precisa de um novo login: selecione a conta e escolha “Entrar de novo”. As postagens que aguardam por ela são mantidas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/accounts/accounts_widget.py" line="246"/>
        <source>%n accounts need a login again: select one and choose “Log in again”. Posts waiting for them are kept.</source>
        <translation>
            <numerusform>%n conta precisa de um novo login: selecione-a e escolha “Entrar de novo”. As postagens que aguardam por ela são mantidas.</numerusform>
            <numerusform>%n contas precisam de um novo login: selecione uma e escolha “Entrar de novo”. As postagens que aguardam por elas são mantidas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="307"/>
        <location filename="../ui/accounts/accounts_widget.py" line="315"/>
        <source>Saving the account…</source>
        <translation>Salvando a conta…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="322"/>
        <source>%1 is connected.</source>
        <translation>%1 está conectada.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="381"/>
        <source>Remove %1? The login is ended on the server when the app can reach it, and its secrets are deleted from this computer. Queued posts for this account stay in the outbox.</source>
        <translation>Remover %1? O login é encerrado no servidor quando o app conseguir acessá-lo, e os segredos são apagados deste computador. As postagens na fila desta conta continuam na caixa de saída.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="385"/>
        <source>Remove account</source>
        <translation>Remover conta</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="388"/>
        <source>Removing %1…</source>
        <translation>Removendo %1…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="400"/>
        <source>%1 was removed.</source>
        <translation>%1 foi removida.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="402"/>
        <source>The login was ended on the server.</source>
        <translation>O login foi encerrado no servidor.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="404"/>
        <source>The server was not told; the login may still work there.</source>
        <translation>O servidor não foi avisado; o login ainda pode funcionar lá.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accounts_widget.py" line="136"/>
        <source>Posts through the X website</source>
        <translation>Publica pelo site do X</translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <location filename="../ui/areas.py" line="51"/>
        <source>Countdown</source>
        <extracomment>English title; translated with context &quot;Areas&quot; each time it is shown</extracomment>
        <translation>Contagem</translation>
    </message>
    <message>
        <location filename="../ui/areas.py" line="52"/>
        <source>The day&apos;s countdown and programme</source>
        <translation>Contagem regressiva e programação do dia</translation>
    </message>
    <message>
        <location filename="../ui/areas.py" line="57"/>
        <source>Live</source>
        <translation>Ao vivo</translation>
    </message>
    <message>
        <location filename="../ui/areas.py" line="58"/>
        <source>Live #shareASM posts</source>
        <translation>Postagens #shareASM ao vivo</translation>
    </message>
    <message>
        <location filename="../ui/areas.py" line="63"/>
        <source>Compose</source>
        <translation>Escrever</translation>
    </message>
    <message>
        <location filename="../ui/areas.py" line="64"/>
        <source>Write posts, also offline</source>
        <translation>Escreva postagens, mesmo offline</translation>
    </message>
    <message>
        <location filename="../ui/areas.py" line="69"/>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <location filename="../ui/areas.py" line="70"/>
        <source>Photobooks, publications and videos, offline</source>
        <translation>Fotolivros, publicações e vídeos, offline</translation>
    </message>
    <message>
        <location filename="../ui/areas.py" line="75"/>
        <source>Accounts</source>
        <translation>Contas</translation>
    </message>
    <message>
        <location filename="../ui/areas.py" line="76"/>
        <source>Your Mastodon, Bluesky and X accounts</source>
        <translation>Suas contas do Mastodon, Bluesky e X</translation>
    </message>
</context>
<context>
    <name>AsyncArea</name>
    <message>
        <location filename="../ui/async_area.py" line="46"/>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <location filename="../ui/async_area.py" line="77"/>
        <source>This area could not be opened. The details are in the log.</source>
        <translation>Não foi possível abrir esta área. Os detalhes estão no registro (log).</translation>
    </message>
</context>
<context>
    <name>BlueskyDialog</name>
    <message>
        <location filename="../ui/accounts/simple_dialogs.py" line="43"/>
        <source>Add a Bluesky account</source>
        <translation>Adicionar uma conta do Bluesky</translation>
    </message>
    <message>
        <location filename="../ui/accounts/simple_dialogs.py" line="46"/>
        <source>Use an app password, never your main password. Create one in Bluesky under Settings → Privacy and security → App passwords; it looks like abcd-efgh-ijkl-mnop and you can revoke it at any time.</source>
        <translation>Use uma senha de aplicativo, nunca sua senha principal. Crie uma no Bluesky em Configurações → Privacidade e segurança → Senhas de aplicativos; ela tem o formato abcd-efgh-ijkl-mnop e pode ser revogada a qualquer momento.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/simple_dialogs.py" line="51"/>
        <source>&amp;Handle:</source>
        <translation>&amp;Identificador:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/simple_dialogs.py" line="52"/>
        <source>Bluesky handle</source>
        <translation>Identificador do Bluesky</translation>
    </message>
    <message>
        <location filename="../ui/accounts/simple_dialogs.py" line="53"/>
        <source>&amp;App password:</source>
        <translation>Senha de &amp;aplicativo:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/simple_dialogs.py" line="54"/>
        <source>App password</source>
        <translation>Senha de aplicativo</translation>
    </message>
    <message>
        <location filename="../ui/accounts/simple_dialogs.py" line="55"/>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/simple_dialogs.py" line="56"/>
        <source>Bluesky server to log in at</source>
        <translation>Servidor do Bluesky para entrar</translation>
    </message>
    <message>
        <location filename="../ui/accounts/simple_dialogs.py" line="57"/>
        <source>&amp;Log in</source>
        <translation>&amp;Entrar</translation>
    </message>
    <message>
        <location filename="../ui/accounts/simple_dialogs.py" line="73"/>
        <source>Logging in…</source>
        <translation>Entrando…</translation>
    </message>
</context>
<context>
    <name>ComposeSettingsPage</name>
    <message>
        <location filename="../ui/compose/settings_page.py" line="38"/>
        <source>Same as the interface</source>
        <translation>Igual à interface</translation>
    </message>
    <message>
        <location filename="../ui/compose/settings_page.py" line="39"/>
        <source>Default language of new posts</source>
        <translation>Idioma padrão das novas postagens</translation>
    </message>
    <message>
        <location filename="../ui/compose/settings_page.py" line="40"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/compose/settings_page.py" line="41"/>
        <source>Save drafts at most this long after typing</source>
        <translation>Salvar rascunhos no máximo este tempo depois de digitar</translation>
    </message>
    <message>
        <location filename="../ui/compose/settings_page.py" line="42"/>
        <source>Default &amp;language of posts:</source>
        <translation>&amp;Idioma padrão das postagens:</translation>
    </message>
    <message>
        <location filename="../ui/compose/settings_page.py" line="43"/>
        <source>&amp;Save drafts within:</source>
        <translation>&amp;Salvar rascunhos em até:</translation>
    </message>
    <message>
        <location filename="../ui/compose/settings_page.py" line="46"/>
        <source>Compose</source>
        <translation>Escrever</translation>
    </message>
</context>
<context>
    <name>ComposeView</name>
    <message>
        <location filename="../ui/compose/media_view.py" line="65"/>
        <source>Describe the picture (alt text) — required</source>
        <translation>Descreva a imagem (texto alternativo) — obrigatório</translation>
    </message>
    <message>
        <location filename="../ui/compose/media_view.py" line="68"/>
        <source>Picture description (alt text)</source>
        <translation>Descrição da imagem (texto alternativo)</translation>
    </message>
    <message>
        <location filename="../ui/compose/media_view.py" line="70"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location filename="../ui/compose/media_view.py" line="71"/>
        <source>Remove picture</source>
        <translation>Remover imagem</translation>
    </message>
    <message>
        <location filename="../ui/compose/media_view.py" line="72"/>
        <source>Picture preview</source>
        <translation>Prévia da imagem</translation>
    </message>
    <message>
        <location filename="../ui/compose/view.py" line="176"/>
        <source>Write</source>
        <translation>Escrever</translation>
    </message>
    <message>
        <location filename="../ui/compose/view.py" line="177"/>
        <source>Outbox</source>
        <translation>Caixa de saída</translation>
    </message>
    <message>
        <location filename="../ui/compose/view.py" line="178"/>
        <location filename="../ui/compose/view.py" line="179"/>
        <source>Drafts</source>
        <translation>Rascunhos</translation>
    </message>
    <message>
        <location filename="../ui/compose/view.py" line="180"/>
        <source>New</source>
        <translation>Novo</translation>
    </message>
    <message>
        <location filename="../ui/compose/view.py" line="181"/>
        <source>New draft</source>
        <translation>Novo rascunho</translation>
    </message>
    <message>
        <location filename="../ui/compose/view.py" line="182"/>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <location filename="../ui/compose/view.py" line="183"/>
        <source>Duplicate draft</source>
        <translation>Duplicar rascunho</translation>
    </message>
    <message>
        <location filename="../ui/compose/view.py" line="184"/>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <location filename="../ui/compose/view.py" line="185"/>
        <source>Delete draft</source>
        <translation>Excluir rascunho</translation>
    </message>
    <message>
        <location filename="../ui/compose/view.py" line="186"/>
        <location filename="../ui/compose/view.py" line="187"/>
        <source>Undo delete</source>
        <translation>Desfazer exclusão</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor_view.py" line="146"/>
        <source>Start from a template</source>
        <translation>Começar de um modelo</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor_view.py" line="148"/>
        <source>Insert a hashtag</source>
        <translation>Inserir uma hashtag</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor_view.py" line="151"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor_view.py" line="153"/>
        <source>Language of the post</source>
        <translation>Idioma da postagem</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor_view.py" line="156"/>
        <source>Content warning (optional)</source>
        <translation>Aviso de conteúdo (opcional)</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor_view.py" line="158"/>
        <source>Content warning</source>
        <translation>Aviso de conteúdo</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor_view.py" line="160"/>
        <source>What is happening at the dialogue?</source>
        <translation>O que está acontecendo no diálogo?</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor_view.py" line="162"/>
        <source>Post text</source>
        <translation>Texto da postagem</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor_view.py" line="163"/>
        <source>Post to</source>
        <translation>Postar em</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor_view.py" line="165"/>
        <source>No accounts yet. Add one under Accounts; you can still write and save drafts.</source>
        <translation>Nenhuma conta ainda. Adicione uma em Contas; você ainda pode escrever e salvar rascunhos.</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor_view.py" line="170"/>
        <source>What will be posted</source>
        <translation>O que será publicado</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor_view.py" line="171"/>
        <source>Thread</source>
        <translation>Sequência</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor_view.py" line="173"/>
        <source>Too long for one post. Here it is as a thread: edit the parts freely; a line with --- separates them.</source>
        <translation>Longo demais para uma postagem. Aqui está como sequência: edite as partes à vontade; uma linha com --- separa as partes.</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor_view.py" line="180"/>
        <source>Thread parts</source>
        <translation>Partes da sequência</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor_view.py" line="183"/>
        <source>Bring back my edits to the thread</source>
        <translation>Restaurar minhas edições da sequência</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor_view.py" line="185"/>
        <source>Pictures (up to 4)</source>
        <translation>Imagens (até 4)</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor_view.py" line="187"/>
        <source>Every picture needs a description (alt text) so people who cannot see it, or whose connection does not load it, know what it shows. Location and camera details are removed before upload.</source>
        <translation>Toda imagem precisa de uma descrição (texto alternativo), para que quem não consegue vê-la, ou cuja conexão não a carrega, saiba o que ela mostra. Dados de localização e da câmera são removidos antes do envio.</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor_view.py" line="194"/>
        <source>Add picture…</source>
        <translation>Adicionar imagem…</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor_view.py" line="195"/>
        <source>Add picture</source>
        <translation>Adicionar imagem</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor_view.py" line="196"/>
        <source>Post at</source>
        <translation>Agendar para</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor_view.py" line="198"/>
        <source>Post at a set time</source>
        <translation>Postar em um horário definido</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor_view.py" line="200"/>
        <source>Time to post</source>
        <translation>Horário da postagem</translation>
    </message>
    <message>
        <location filename="../ui/compose/view.py" line="188"/>
        <source>Open on X</source>
        <translation>Abrir no X</translation>
    </message>
    <message>
        <location filename="../ui/compose/view.py" line="190"/>
        <source>Open the post on X in the browser</source>
        <translation>Abrir a postagem no X no navegador</translation>
    </message>
    <message>
        <location filename="../ui/compose/view.py" line="192"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../ui/compose/view.py" line="193"/>
        <source>Send to the outbox</source>
        <translation>Enviar para a caixa de saída</translation>
    </message>
    <message>
        <location filename="../ui/compose/view.py" line="195"/>
        <source>Put the post in the outbox; it goes out when online (Ctrl+Enter)</source>
        <translation>Coloca a postagem na caixa de saída; ela sai quando houver conexão (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor_view.py" line="149"/>
        <source>&amp;Template:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor_view.py" line="150"/>
        <source>&amp;Hashtag:</source>
        <translation>&amp;Hashtag:</translation>
    </message>
</context>
<context>
    <name>ComposeWidget</name>
    <message>
        <location filename="../ui/compose/area.py" line="119"/>
        <location filename="../ui/compose/area.py" line="324"/>
        <source>Compose: send or queue the post</source>
        <extracomment>how long quitting waits for the last draft save (it lands later all the same: the database lane runs every write queued before the app ends) run the background sender (off in tests that must not touch the network)</extracomment>
        <translation>Escrever: enviar a postagem ou colocá-la na fila</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor.py" line="100"/>
        <source>Templates…</source>
        <extracomment>a template&apos;s blank to fill in: {place}, {name}… how many pictures the draft has (they go with the first post)</extracomment>
        <translation>Modelos…</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor.py" line="113"/>
        <source>Add hashtag…</source>
        <translation>Adicionar hashtag…</translation>
    </message>
    <message>
        <location filename="../ui/compose/drafts_list.py" line="37"/>
        <source>draft</source>
        <translation>rascunho</translation>
    </message>
    <message>
        <location filename="../ui/compose/drafts_list.py" line="38"/>
        <source>in the outbox</source>
        <translation>na caixa de saída</translation>
    </message>
    <message>
        <location filename="../ui/compose/drafts_list.py" line="39"/>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <location filename="../ui/compose/drafts_list.py" line="118"/>
        <source>(empty draft)</source>
        <extracomment>the Draft as saved (its new ``updated_at``; a new id when saved as a copy) drafts sent to the database this session (saved even when emptied again) the draft being queued by Send: its job saves it, an autosave must not (it would write the editor&apos;s copy, still a &quot;draft&quot;, over the queued one) a draft whose last write was a failed Send&apos;s (see release) drafts whose save failed after another draft was shown: saved again with the next save (a full disk, a locked database: nothing typed is lost) the wait before a failed save is tried again without a keystroke (ms)</extracomment>
        <translation>(rascunho vazio)</translation>
    </message>
    <message>
        <location filename="../ui/compose/drafts_list.py" line="262"/>
        <source>Saved %1 as a new draft: this draft was also changed in another window.</source>
        <translation>Salvo às %1 como novo rascunho: este rascunho também foi alterado em outra janela.</translation>
    </message>
    <message>
        <location filename="../ui/compose/media.py" line="113"/>
        <source>Picture %1 needs a description before posting.</source>
        <translation>A imagem %1 precisa de uma descrição antes de postar.</translation>
    </message>
    <message>
        <location filename="../ui/compose/media.py" line="121"/>
        <source>A picture has no description (alt text).</source>
        <translation>Uma imagem está sem descrição (texto alternativo).</translation>
    </message>
    <message>
        <location filename="../ui/compose/area.py" line="240"/>
        <location filename="../ui/compose/sending.py" line="72"/>
        <source>Choose where to post.</source>
        <translation>Escolha onde postar.</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor.py" line="118"/>
        <source>#%1 is added on its own line at the end; the preview shows the exact post.</source>
        <translation>#%1 é acrescentado em linha própria no final; a pré-visualização mostra a publicação exata.</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor.py" line="215"/>
        <source>As soon as there is a connection.</source>
        <translation>Assim que houver conexão.</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor.py" line="221"/>
        <source>%1 here · %2 UTC (event time).</source>
        <translation>%1 aqui · %2 UTC (horário do evento).</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor.py" line="227"/>
        <source>Bluesky/X posts need the app running and online at that time.</source>
        <translation>Postagens no Bluesky/X precisam do app aberto e online nesse horário.</translation>
    </message>
    <message>
        <location filename="../ui/compose/editor.py" line="231"/>
        <source>Mastodon gets it ahead of time when online.</source>
        <translation>O Mastodon recebe a postagem com antecedência quando houver conexão.</translation>
    </message>
    <message>
        <location filename="../ui/compose/drafts_list.py" line="267"/>
        <source>Saved %1</source>
        <translation>Salvo às %1</translation>
    </message>
    <message>
        <location filename="../ui/compose/drafts_list.py" line="258"/>
        <source>Not saved: %1</source>
        <translation>Não salvo: %1</translation>
    </message>
    <message>
        <location filename="../ui/compose/media.py" line="41"/>
        <source>The file %1 cannot be read.</source>
        <translation>O arquivo %1 não pode ser lido.</translation>
    </message>
    <message>
        <location filename="../ui/compose/media.py" line="50"/>
        <source>%1 is over 60 MB: choose a smaller copy of the picture.</source>
        <translation>%1 tem mais de 60 MB: escolha uma cópia menor da foto.</translation>
    </message>
    <message>
        <location filename="../ui/compose/media.py" line="60"/>
        <source>%1 is not a picture the app can read (JPEG, PNG or WebP).</source>
        <translation>%1 não é uma imagem que o aplicativo consegue ler (JPEG, PNG ou WebP).</translation>
    </message>
    <message>
        <location filename="../ui/compose/media.py" line="89"/>
        <source>Add picture</source>
        <extracomment>counts the drafts shown: a picture checked for an earlier one is not added to the one shown now</extracomment>
        <translation>Adicionar imagem</translation>
    </message>
    <message>
        <location filename="../ui/compose/media.py" line="91"/>
        <source>Pictures (*.jpg *.jpeg *.png *.webp)</source>
        <translation>Imagens (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message>
        <location filename="../ui/compose/media.py" line="135"/>
        <location filename="../ui/compose/media.py" line="144"/>
        <location filename="../ui/compose/media.py" line="158"/>
        <source>At most 4 pictures per post.</source>
        <translation>No máximo 4 imagens por postagem.</translation>
    </message>
    <message>
        <location filename="../ui/compose/sending.py" line="63"/>
        <source>Replace %1 in the text before sending (a blank from the template).</source>
        <extracomment>the draft being put in the outbox (&quot;&quot; when none): one Send at a time</extracomment>
        <translation>Substitua %1 no texto antes de enviar (um espaço do modelo).</translation>
    </message>
    <message>
        <location filename="../ui/compose/sending.py" line="68"/>
        <source>Write something first: the post is empty.</source>
        <translation>Escreva algo primeiro: a publicação está vazia.</translation>
    </message>
    <message>
        <location filename="../ui/compose/sending.py" line="85"/>
        <source>Part %1 is too long for %2 (%3 / %4): shorten it in the thread before sending.</source>
        <translation>A parte %1 é longa demais para %2 (%3 / %4): encurte-a na sequência antes de enviar.</translation>
    </message>
    <message>
        <location filename="../ui/compose/sending.py" line="145"/>
        <source>Too long for one post on X (%1 / %2).</source>
        <translation>Longo demais para uma só publicação no X (%1 / %2).</translation>
    </message>
    <message>
        <location filename="../ui/compose/sending.py" line="151"/>
        <source>Press Send: the outbox gives a link for each part.</source>
        <translation>Pressione Enviar: a caixa de saída dá um link para cada parte.</translation>
    </message>
</context>
<context>
    <name>Connectivity</name>
    <message>
        <location filename="../core/connectivity.py" line="97"/>
        <source>not a check address: %1</source>
        <extracomment>the default check: Mozilla&apos;s captive-portal detection address and its answer read at most this much of the answer (a portal&apos;s login page can be large) the network answers, but with its own page: the user must sign in first the page to open to sign in (PORTAL only) what was seen, in English, for the log the same for the tooltip: a ``QT_TRANSLATE_NOOP(&quot;Connectivity&quot;, …)`` text whose %1 is ``detail_arg`` (a host, a status code), translated where it is shown</extracomment>
        <translation>não é um endereço de verificação: %1</translation>
    </message>
    <message>
        <location filename="../core/connectivity.py" line="106"/>
        <source>name lookup failed for %1</source>
        <translation>falha ao resolver o nome %1</translation>
    </message>
    <message>
        <location filename="../core/connectivity.py" line="128"/>
        <source>certificate not accepted</source>
        <translation>certificado não aceito</translation>
    </message>
    <message>
        <location filename="../core/connectivity.py" line="134"/>
        <source>%1 could not be reached</source>
        <translation>não foi possível alcançar %1</translation>
    </message>
    <message>
        <location filename="../core/connectivity.py" line="141"/>
        <source>redirected (HTTP %1)</source>
        <translation>redirecionado (HTTP %1)</translation>
    </message>
    <message>
        <location filename="../core/connectivity.py" line="148"/>
        <source>sign-in required (HTTP %1)</source>
        <translation>é preciso entrar na rede (HTTP %1)</translation>
    </message>
    <message>
        <location filename="../core/connectivity.py" line="155"/>
        <location filename="../core/connectivity.py" line="157"/>
        <source>expected answer</source>
        <translation>resposta esperada</translation>
    </message>
    <message>
        <location filename="../core/connectivity.py" line="162"/>
        <source>unexpected page (HTTP %1)</source>
        <translation>página inesperada (HTTP %1)</translation>
    </message>
    <message>
        <location filename="../core/connectivity.py" line="168"/>
        <source>unexpected answer (HTTP %1)</source>
        <translation>resposta inesperada (HTTP %1)</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <location filename="../ui/countdown/area.py" line="140"/>
        <source>Event file problem</source>
        <extracomment>how wrong this computer&apos;s clock is known to be (None: not looked yet) the system zone&apos;s name ``_zone`` was resolved with (it can change: see ``_current_zone``), and the zone the texts shown were made in</extracomment>
        <translation>Problema no arquivo do evento</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="32"/>
        <source>Event</source>
        <extracomment>(zone name, &quot;now&quot; label, &quot;starts&quot; label) of each field-site row</extracomment>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="33"/>
        <source>Add to calendar…</source>
        <translation>Adicionar ao calendário…</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="35"/>
        <source>Export the day and starred sessions to a calendar file</source>
        <translation>Exportar o dia e as sessões marcadas com estrela para um arquivo de calendário</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="39"/>
        <source>Open event file…</source>
        <translation>Abrir arquivo do evento…</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="41"/>
        <source>Open a newer event file from this computer</source>
        <translation>Abrir um arquivo do evento mais recente deste computador</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="43"/>
        <source>Check for updates</source>
        <translation>Buscar atualizações</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="45"/>
        <source>Fetch the latest event details</source>
        <translation>Buscar os dados mais recentes do evento</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="47"/>
        <source>Write a post</source>
        <translation>Escrever postagem</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="49"/>
        <source>Start a post with the event hashtag</source>
        <translation>Começar uma postagem com a hashtag do evento</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="51"/>
        <source>Remind me at the start</source>
        <translation>Lembrar no início</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="53"/>
        <source>Remind me when the day starts</source>
        <translation>Lembrar-me quando o dia começar</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="55"/>
        <source>Show event time</source>
        <translation>Horário do evento</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="57"/>
        <source>Show programme times in the event&apos;s time zone</source>
        <translation>Mostrar os horários da programação no fuso horário do evento</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="59"/>
        <location filename="../ui/countdown/about.py" line="82"/>
        <source>Programme</source>
        <translation>Programação</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="76"/>
        <source>Time</source>
        <translation>Horário</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="77"/>
        <source>Session</source>
        <translation>Sessão</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="78"/>
        <source>Where</source>
        <translation>Local</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="79"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="60"/>
        <source>Field sites</source>
        <translation>Locais de campo</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="61"/>
        <source>Time remaining</source>
        <translation>Tempo restante</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="93"/>
        <source>Now or next</source>
        <translation>Agora ou a seguir</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="171"/>
        <source>same day, from %1 local</source>
        <translation>no mesmo dia, a partir das %1 hora local</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="173"/>
        <source>same day, starts %1 local</source>
        <translation>no mesmo dia, começa às %1 hora local</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="177"/>
        <source>from %1, %2 local</source>
        <translation>a partir de %1, %2 hora local</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="179"/>
        <source>starts %1, %2 local</source>
        <translation>começa em %1, %2 hora local</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="195"/>
        <source>%1 to %2</source>
        <translation>de %1 a %2</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="200"/>
        <source>at the end of %1 (%2)</source>
        <translation>no fim de %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="202"/>
        <source>%1, all day (%2)</source>
        <translation>%1, o dia todo (%2)</translation>
    </message>
    <message>
        <location filename="../ui/countdown/area.py" line="203"/>
        <source>Sample programme for demonstrations: these sessions are not real.</source>
        <translation>Programação de exemplo para demonstrações: estas sessões não são reais.</translation>
    </message>
    <message>
        <location filename="../ui/countdown/figure.py" line="51"/>
        <source>Ends (event time): %1</source>
        <translation>Termina (horário do evento): %1</translation>
    </message>
    <message>
        <location filename="../ui/countdown/figure.py" line="52"/>
        <source>Ends (your time): %1</source>
        <translation>Termina (seu horário): %1</translation>
    </message>
    <message>
        <location filename="../ui/countdown/figure.py" line="54"/>
        <source>Starts (event time): %1</source>
        <translation>Começa (horário do evento): %1</translation>
    </message>
    <message>
        <location filename="../ui/countdown/figure.py" line="55"/>
        <source>Starts (your time): %1</source>
        <translation>Começa (seu horário): %1</translation>
    </message>
    <message>
        <location filename="../ui/countdown/area.py" line="216"/>
        <source>No timed sessions have been announced for this day.</source>
        <translation>Nenhuma sessão com horário foi anunciada para este dia.</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="100"/>
        <source>About the day</source>
        <translation>Sobre o dia</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="112"/>
        <source>Organiser:</source>
        <translation>Organização:</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="117"/>
        <source>Past editions:</source>
        <translation>Edições anteriores:</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="126"/>
        <source>Event details shipped with the app.</source>
        <translation>Dados do evento incluídos no app.</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="128"/>
        <source>Event details from %1, updated %2.</source>
        <translation>Dados do evento de %1, atualizados em %2.</translation>
    </message>
    <message>
        <location filename="../ui/countdown/figure.py" line="24"/>
        <source>Starts in</source>
        <translation>Começa em</translation>
    </message>
    <message>
        <location filename="../ui/countdown/figure.py" line="26"/>
        <source>Live now: %1 — ends in</source>
        <translation>Ao vivo: %1 — termina em</translation>
    </message>
    <message>
        <location filename="../ui/countdown/figure.py" line="29"/>
        <source>Next: %1 — starts in</source>
        <translation>A seguir: %1 — começa em</translation>
    </message>
    <message>
        <location filename="../ui/countdown/figure.py" line="32"/>
        <source>Live now — time left today</source>
        <translation>Ao vivo agora — tempo restante hoje</translation>
    </message>
    <message>
        <location filename="../ui/countdown/figure.py" line="33"/>
        <source>This edition has ended</source>
        <translation>Esta edição terminou</translation>
    </message>
    <message>
        <location filename="../ui/countdown/figure.py" line="36"/>
        <source>Next: %1</source>
        <translation>Próxima: %1</translation>
    </message>
    <message>
        <location filename="../ui/countdown/figure.py" line="37"/>
        <source>Thank you for taking part</source>
        <translation>Obrigado pela participação</translation>
    </message>
    <message>
        <location filename="../ui/countdown/area.py" line="282"/>
        <source>now %1 %2</source>
        <translation>agora %1 %2</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="218"/>
        <source>On now: %1</source>
        <translation>Agora: %1</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="223"/>
        <source>Next: %1 at %2</source>
        <translation>Próxima: %1 às %2</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="230"/>
        <source>Next edition starts %1.</source>
        <translation>A próxima edição começa %1.</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="251"/>
        <source>More about the day: %1</source>
        <translation>Mais sobre o dia: %1</translation>
    </message>
    <message>
        <location filename="../ui/countdown/stars.py" line="149"/>
        <source>Missed reminder: %1</source>
        <extracomment>look at the clock at least this often (a resumed laptop, a clock change): a reminder is at most this late after either reminders that came due before this are missed because the app was closed when the next reminder comes due, as of the last check (None: none)</extracomment>
        <translation>Lembrete perdido: %1</translation>
    </message>
    <message>
        <location filename="../ui/countdown/stars.py" line="153"/>
        <source>It started at %1 (the app was closed).</source>
        <translation>Começou às %1 (o app estava fechado).</translation>
    </message>
    <message>
        <location filename="../ui/countdown/stars.py" line="157"/>
        <source>It started at %1.</source>
        <translation>Começou às %1.</translation>
    </message>
    <message>
        <location filename="../ui/countdown/stars.py" line="161"/>
        <location filename="../ui/countdown/stars.py" line="168"/>
        <source>It starts at %1.</source>
        <translation>Começa às %1.</translation>
    </message>
    <message>
        <location filename="../ui/countdown/stars.py" line="165"/>
        <source>Starting soon: %1</source>
        <translation>Começa em breve: %1</translation>
    </message>
    <message>
        <location filename="../ui/countdown/area.py" line="378"/>
        <source>Add to calendar</source>
        <translation>Adicionar ao calendário</translation>
    </message>
    <message>
        <location filename="../ui/countdown/area.py" line="380"/>
        <source>Calendar files (*.ics)</source>
        <translation>Arquivos de calendário (*.ics)</translation>
    </message>
    <message>
        <location filename="../ui/countdown/area.py" line="389"/>
        <source>Open event file</source>
        <translation>Abrir arquivo do evento</translation>
    </message>
    <message>
        <location filename="../ui/countdown/area.py" line="391"/>
        <source>Event files (*.json)</source>
        <translation>Arquivos de evento (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/countdown/event_files.py" line="102"/>
        <source>Calendar file saved</source>
        <extracomment>look for a newer event file this often while the app runs the address in the settings; also read on the database lane (it reads the settings in use, which are swapped there) a fetch runs (from the download to the install) a fetch was asked for while one ran: run one more after it why the last check for a newer file failed, or &quot;&quot;</extracomment>
        <translation>Arquivo de calendário salvo</translation>
    </message>
    <message>
        <location filename="../ui/countdown/event_files.py" line="149"/>
        <source>Could not check for a newer event file: %1</source>
        <translation>Não foi possível buscar um arquivo do evento mais recente: %1</translation>
    </message>
    <message>
        <location filename="../ui/countdown/programme.py" line="76"/>
        <source>%1 (changed)</source>
        <extracomment>amber that reads on light and dark backgrounds</extracomment>
        <translation>%1 (alterado)</translation>
    </message>
    <message>
        <location filename="../ui/countdown/programme.py" line="90"/>
        <source>Remind me</source>
        <translation>Lembrar</translation>
    </message>
    <message>
        <location filename="../ui/countdown/programme.py" line="130"/>
        <source>now</source>
        <translation>agora</translation>
    </message>
    <message>
        <location filename="../ui/countdown/programme.py" line="132"/>
        <source>next</source>
        <translation>próxima</translation>
    </message>
    <message>
        <location filename="../ui/countdown/text.py" line="40"/>
        <source>%1, %2 (%3)</source>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/countdown/text.py" line="52"/>
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln dia</numerusform>
            <numerusform>%Ln dias</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="62"/>
        <location filename="../ui/countdown/area.py" line="183"/>
        <source>Say time left</source>
        <translation>Dizer o tempo restante</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="64"/>
        <source>Have the screen reader say the time left</source>
        <translation>Fazer o leitor de tela dizer o tempo restante</translation>
    </message>
    <message>
        <location filename="../ui/countdown/about.py" line="87"/>
        <location filename="../ui/countdown/about.py" line="89"/>
        <source>Starred</source>
        <translation>Com estrela</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/countdown/text.py" line="55"/>
        <source>%Ln hours</source>
        <translation>
            <numerusform>%Ln hora</numerusform>
            <numerusform>%Ln horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/countdown/text.py" line="58"/>
        <source>%Ln minutes</source>
        <translation>
            <numerusform>%Ln minuto</numerusform>
            <numerusform>%Ln minutos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/countdown/text.py" line="131"/>
        <source>less than a minute</source>
        <translation>menos de um minuto</translation>
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
    <message>
        <location filename="../ui/countdown/text.py" line="105"/>
        <source>This computer&apos;s clock is %1 behind; times shown are corrected</source>
        <translation>O relógio deste computador está %1 atrasado; os horários mostrados estão corrigidos</translation>
    </message>
    <message>
        <location filename="../ui/countdown/text.py" line="109"/>
        <source>This computer&apos;s clock is %1 ahead; times shown are corrected</source>
        <translation>O relógio deste computador está %1 adiantado; os horários mostrados estão corrigidos</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../core/errors.py" line="88"/>
        <source>The app will try again when the connection comes back.</source>
        <extracomment>a short hint about what the user can do next, or &quot;&quot; (a translatable template).</extracomment>
        <translation>O app vai tentar de novo quando a conexão voltar.</translation>
    </message>
    <message>
        <location filename="../core/errors.py" line="94"/>
        <source>Open Accounts and log in again. Nothing queued is lost.</source>
        <translation>Abra Contas e entre de novo. Nada que está na fila é perdido.</translation>
    </message>
    <message>
        <location filename="../core/errors.py" line="105"/>
        <source>The app waits and tries again by itself.</source>
        <translation>O app espera e tenta de novo sozinho.</translation>
    </message>
    <message>
        <location filename="../core/errors.py" line="133"/>
        <source>Free some disk space or check the data folder, then try again.</source>
        <translation>Libere espaço em disco ou verifique a pasta de dados e tente de novo.</translation>
    </message>
    <message>
        <location filename="../core/errors.py" line="143"/>
        <source>shareASM Companion is already running, but its window did not come up (it may still be closing). Try again in a moment.</source>
        <translation>O shareASM Companion já está aberto, mas a janela dele não apareceu (talvez ainda esteja fechando). Tente de novo daqui a pouco.</translation>
    </message>
    <message>
        <location filename="../core/net.py" line="326"/>
        <source>A secure connection to %1 could not be made (certificate problem).</source>
        <extracomment>(connect, read) seconds; slow field links get a generous read timeout differences between this computer&apos;s clock and a server&apos;s below this are noise a reply that took longer than this says too little about the server&apos;s clock the random share of each delay (0: none, 1: anywhere from zero to the ceiling) learns this computer&apos;s clock error from each trusted reply&apos;s ``Date`` bytes received in bodies and requests sent, for the data-use counters</extracomment>
        <translation>Não foi possível fazer uma conexão segura com %1 (problema de certificado).</translation>
    </message>
    <message>
        <location filename="../core/net.py" line="329"/>
        <source>Check the computer&apos;s date and time, and the network you are on.</source>
        <translation>Verifique a data e a hora do computador e a rede que você está usando.</translation>
    </message>
    <message>
        <location filename="../core/net.py" line="336"/>
        <source>%1 could not be reached.</source>
        <translation>Não foi possível acessar %1.</translation>
    </message>
    <message>
        <location filename="../core/net.py" line="341"/>
        <location filename="../ui/live/controller.py" line="324"/>
        <source>The request to %1 failed: %2</source>
        <extracomment>a stream that failed this many times in a row is left alone for a while where pictures of posts are cached the hashtags to follow (the event&apos;s and the settings&apos;) the configured sources, as (kind, address) the event&apos;s time zone (reads the event file: call it on a worker) when each source last answered (saved across runs) the source, when its poll began, and what came of it which stream ``stream`` is: callbacks from any other (one stopped and replaced, whose last words arrive late) are ignored keys of the sources being polled (one poll per source at a time) notices the clock being set back, which moves the streams&apos; rests back as much the last request for the sources: an older one&apos;s answer is stale per source: when it last answered (saved across runs), and when it first failed since (for one never heard from): &quot;unreachable since …&quot;</extracomment>
        <translation>A solicitação para %1 falhou: %2</translation>
    </message>
    <message>
        <location filename="../core/net.py" line="472"/>
        <source>%1: the server asked for a login (401).</source>
        <translation>%1: o servidor pediu um login (401).</translation>
    </message>
    <message>
        <location filename="../core/net.py" line="479"/>
        <source>%1: too many requests; waiting until %2 UTC.</source>
        <translation>%1: solicitações demais; aguardando até %2 UTC.</translation>
    </message>
    <message>
        <location filename="../core/net.py" line="484"/>
        <source>%1: too many requests; waiting a while.</source>
        <translation>%1: solicitações demais; aguardando um pouco.</translation>
    </message>
    <message>
        <location filename="../core/net.py" line="490"/>
        <source>%1: the server answered %2 (%3).</source>
        <translation>%1: o servidor respondeu %2 (%3).</translation>
    </message>
    <message>
        <location filename="../core/net.py" line="495"/>
        <source>%1: the server answered %2.</source>
        <translation>%1: o servidor respondeu %2.</translation>
    </message>
    <message>
        <location filename="../core/accounts/bluesky.py" line="44"/>
        <source>%1: this Bluesky account is deactivated.</source>
        <extracomment>errors meaning &quot;this session is over: log in again&quot; errors meaning &quot;the account itself cannot act&quot;: no new login helps (the PDS&apos;s auth verifier: AuthRequiredError &apos;AccountDeactivated&apos; / &apos;AccountTakedown&apos;)</extracomment>
        <translation>%1: esta conta do Bluesky está desativada.</translation>
    </message>
    <message>
        <location filename="../core/accounts/bluesky.py" line="45"/>
        <source>Reactivate it by logging in with the Bluesky app, then log in again in Accounts. Its queued posts wait and are not lost.</source>
        <translation>Reative-a entrando pelo app do Bluesky e depois entre de novo em Contas. As publicações na fila aguardam e não se perdem.</translation>
    </message>
    <message>
        <location filename="../core/accounts/bluesky.py" line="54"/>
        <source>%1: Bluesky has suspended or taken down this account.</source>
        <translation>%1: o Bluesky suspendeu ou removeu esta conta.</translation>
    </message>
    <message>
        <location filename="../core/accounts/bluesky.py" line="57"/>
        <source>Logging in again does not help: Bluesky&apos;s moderation (the appeal form in the Bluesky app) can say why. Its queued posts wait and are not lost.</source>
        <translation>Entrar de novo não resolve: a moderação do Bluesky (o formulário de recurso no app do Bluesky) pode explicar o motivo. As publicações na fila aguardam e não se perdem.</translation>
    </message>
    <message>
        <location filename="../core/accounts/bluesky.py" line="86"/>
        <source>That does not look like a Bluesky app password (four groups of four letters or digits, like abcd-efgh-ijkl-mnop).</source>
        <translation>Isso não parece uma senha de aplicativo do Bluesky (quatro grupos de quatro letras ou dígitos, como abcd-efgh-ijkl-mnop).</translation>
    </message>
    <message>
        <location filename="../core/accounts/bluesky.py" line="91"/>
        <source>Create one in Bluesky under Settings → Privacy and security → App passwords. Never give the app your main password.</source>
        <translation>Crie uma no Bluesky em Configurações → Privacidade e segurança → Senhas de aplicativos. Nunca dê ao app sua senha principal.</translation>
    </message>
    <message>
        <location filename="../core/accounts/bluesky.py" line="104"/>
        <source>Enter your Bluesky handle, e.g. name.bsky.social.</source>
        <translation>Informe seu identificador do Bluesky, por ex. nome.bsky.social.</translation>
    </message>
    <message>
        <location filename="../core/accounts/bluesky.py" line="168"/>
        <source>%1: the server&apos;s answer had no session.</source>
        <extracomment>&quot;deactivated&quot; / &quot;takendown&quot; when the server said ``active: false``, else &quot;&quot;</extracomment>
        <translation>%1: a resposta do servidor não trouxe nenhuma sessão.</translation>
    </message>
    <message>
        <location filename="../core/accounts/bluesky.py" line="193"/>
        <source>Bluesky asked for an email code: that happens with the main password.</source>
        <translation>O Bluesky pediu um código enviado por e-mail: isso acontece com a senha principal.</translation>
    </message>
    <message>
        <location filename="../core/accounts/bluesky.py" line="197"/>
        <source>Use an app password instead (Settings → Privacy and security → App passwords).</source>
        <translation>Use uma senha de aplicativo em vez disso (Configurações → Privacidade e segurança → Senhas de aplicativos).</translation>
    </message>
    <message>
        <location filename="../core/accounts/bluesky.py" line="206"/>
        <source>%1 did not accept this handle and app password.</source>
        <translation>%1 não aceitou este identificador e esta senha de aplicativo.</translation>
    </message>
    <message>
        <location filename="../core/accounts/bluesky.py" line="207"/>
        <source>Check the handle, and create a new app password if in doubt.</source>
        <translation>Confira o identificador e, na dúvida, crie uma nova senha de aplicativo.</translation>
    </message>
    <message>
        <location filename="../core/accounts/bluesky.py" line="246"/>
        <source>%1: the Bluesky session has ended (%2).</source>
        <translation>%1: a sessão do Bluesky terminou (%2).</translation>
    </message>
    <message>
        <location filename="../core/accounts/bluesky.py" line="250"/>
        <source>%1: the session could not be renewed (%2).</source>
        <translation>%1: não foi possível renovar a sessão (%2).</translation>
    </message>
    <message>
        <location filename="../core/accounts/session.py" line="212"/>
        <source>%1: the login is only sent to its own server, %2.</source>
        <extracomment>why the last refresh could not renew the login, and the refresh token it spent (the answer holds while that token is the one stored: until a new login) how many refreshSession calls were made (diagnostics and tests) per account: the refresh in flight or just finished</extracomment>
        <translation>%1: o login só é enviado ao seu próprio servidor, %2.</translation>
    </message>
    <message>
        <location filename="../core/accounts/session.py" line="230"/>
        <source>%1: the login has expired.</source>
        <translation>%1: o login expirou.</translation>
    </message>
    <message>
        <location filename="../core/live/feed.py" line="87"/>
        <source>stopped before reaching %1 (paging limit).</source>
        <extracomment>(source label, problem) for each source that failed (source label, note) for sources that answered but not in full (paging stopped before ``since``)</extracomment>
        <translation>parou antes de chegar a %1 (limite de paginação).</translation>
    </message>
    <message>
        <location filename="../core/live/feed.py" line="91"/>
        <source>stopped at the paging limit after %1 requests: posts between %2 and %3 were not read.</source>
        <translation>parou no limite de paginação após %1 pedidos: as publicações entre %2 e %3 não foram lidas.</translation>
    </message>
    <message>
        <location filename="../core/library/signing.py" line="62"/>
        <source>Install it only if you know this key belongs to the publisher: compare the fingerprint with the one they gave you.</source>
        <extracomment>the environment variable scripts use to give a key file&apos;s passphrase The public half of the SAMPLE key that signs the bundled sample pack. Its private half is in ``scripts/sample-signing-key.json`` and is NOT secret: anyone can sign with it. So it is trusted only for the sample pack bundled with the app, never for a pack from a server, a USB stick or a peer.</extracomment>
        <translation>Instale somente se você souber que esta chave pertence ao editor: compare a impressão digital com a que ele lhe deu.</translation>
    </message>
    <message>
        <location filename="../core/library/signing.py" line="398"/>
        <source>This pack is not signed, but the version installed is signed by its publisher (fingerprint %1): an unsigned copy never replaces it. Refused.</source>
        <translation>Este pacote não é assinado, mas a versão instalada é assinada pelo editor (impressão digital %1): uma cópia sem assinatura nunca a substitui. Recusado.</translation>
    </message>
    <message>
        <location filename="../core/library/signing.py" line="408"/>
        <source>This pack is not signed by its publisher, so it is not accepted from another laptop.</source>
        <translation>Este pacote não é assinado pelo editor, por isso não é aceito de outro computador.</translation>
    </message>
    <message>
        <location filename="../core/library/signing.py" line="419"/>
        <source>This pack is signed with the SAMPLE key (fingerprint %1), whose private half is public: anyone can sign with it.</source>
        <translation>Este pacote é assinado com a chave de EXEMPLO (impressão digital %1), cuja parte privada é pública: qualquer pessoa pode assinar com ela.</translation>
    </message>
    <message>
        <location filename="../core/library/signing.py" line="429"/>
        <source>This pack is signed by a key this computer does not trust: fingerprint %1 (claims to be %2).</source>
        <translation>Este pacote é assinado por uma chave em que este computador não confia: impressão digital %1 (diz ser %2).</translation>
    </message>
    <message>
        <location filename="../core/compose/mastodon.py" line="37"/>
        <source>picture processing</source>
        <translation>processamento de imagem</translation>
    </message>
    <message>
        <location filename="../core/compose/mastodon.py" line="38"/>
        <source>account lookup</source>
        <translation>busca da conta</translation>
    </message>
    <message>
        <location filename="../core/compose/mastodon.py" line="39"/>
        <source>recent posts</source>
        <translation>publicações recentes</translation>
    </message>
    <message>
        <location filename="../core/compose/mastodon.py" line="40"/>
        <source>scheduled posts</source>
        <translation>publicações agendadas</translation>
    </message>
    <message>
        <location filename="../core/compose/mastodon.py" line="127"/>
        <source>%1: the server is still processing a picture.</source>
        <extracomment>Mastodon remembers an Idempotency-Key for one hour</extracomment>
        <translation>%1: o servidor ainda está processando uma imagem.</translation>
    </message>
    <message>
        <location filename="../core/compose/mastodon.py" line="312"/>
        <source>%1: a picture is still being processed.</source>
        <translation>%1: uma imagem ainda está sendo processada.</translation>
    </message>
    <message>
        <location filename="../core/compose/mastodon.py" line="320"/>
        <source>%1: the server says the post is too long (%2).</source>
        <translation>%1: o servidor diz que a publicação é longa demais (%2).</translation>
    </message>
    <message>
        <location filename="../core/compose/mastodon.py" line="330"/>
        <source>%1: the server would not schedule this post (%2); the app will post it at its time.</source>
        <translation>%1: o servidor não quis agendar esta publicação (%2); o app vai publicá-la na hora certa.</translation>
    </message>
    <message>
        <location filename="../core/compose/sender.py" line="152"/>
        <source>This account was removed from the app.</source>
        <extracomment>Mastodon takes scheduled statuses at least 5 minutes ahead how far this computer&apos;s clock is ahead of the servers&apos; when known to be wrong (``Clock.wrong_by``): a post&apos;s time is the real time the person asked for, as on a server that schedules it, so it is compared with corrected time account id -&gt; the stop flag of the ``run_account`` working on it</extracomment>
        <translation>Esta conta foi removida do app.</translation>
    </message>
    <message>
        <location filename="../core/compose/sender.py" line="249"/>
        <source>Unexpected problem: %1</source>
        <translation>Problema inesperado: %1</translation>
    </message>
    <message>
        <location filename="../core/compose/sender.py" line="261"/>
        <source>Published early: %1 does not schedule posts, so it published this at once instead of at %2 UTC.</source>
        <translation>Publicado antes da hora: %1 não agenda publicações, por isso publicou-a de imediato em vez de às %2 UTC.</translation>
    </message>
    <message>
        <location filename="../core/compose/sender_length.py" line="109"/>
        <source>Needs editing: part %1 of %2 is too long for %3. Already posted: %4. Shorten it, or press Retry to split it again.</source>
        <translation>Precisa de edição: a parte %1 de %2 é longa demais para %3. Já publicado: %4. Encurte-a, ou clique em Tentar de novo para dividi-la outra vez.</translation>
    </message>
    <message>
        <location filename="../core/compose/sender_length.py" line="118"/>
        <source>Needs editing: part %1 of %2 is too long for %3. Nothing was posted. Shorten it, or press Retry to split it again.</source>
        <translation>Precisa de edição: a parte %1 de %2 é longa demais para %3. Nada foi publicado. Encurte-a, ou clique em Tentar de novo para dividi-la outra vez.</translation>
    </message>
    <message>
        <location filename="../core/event/parse.py" line="124"/>
        <source>Unknown time zone in the event file: %1 (use an IANA name such as Africa/Nairobi).</source>
        <translation>Fuso horário desconhecido no arquivo do evento: %1 (use um nome IANA como Africa/Nairobi).</translation>
    </message>
    <message>
        <location filename="../core/event/parse.py" line="266"/>
        <source>The event file is invalid at %1: it contains a control character (%2); only descriptions, notes and templates may have line breaks.</source>
        <extracomment>texts that may run over several lines (tabs and line breaks allowed)</extracomment>
        <translation>O arquivo do evento é inválido em %1: contém um caractere de controle (%2); só descrições, notas e modelos podem ter quebras de linha.</translation>
    </message>
    <message>
        <location filename="../core/jsonsafe.py" line="71"/>
        <source>%1 contains a number with %2 digits; at most %3 are accepted.</source>
        <extracomment>the longest integer accepted, in digits: 64-bit values have at most 20 the largest reply body :func:`response_json` accepts a quick test for a ````–```` escape; only then are strings walked</extracomment>
        <translation>%1 contém um número com %2 dígitos; no máximo %3 são aceitos.</translation>
    </message>
    <message>
        <location filename="../core/jsonsafe.py" line="84"/>
        <source>%1 contains a number too large to use: %2.</source>
        <translation>%1 contém um número grande demais para ser usado: %2.</translation>
    </message>
    <message>
        <location filename="../core/jsonsafe.py" line="90"/>
        <source>%1 contains %2, which is not a JSON value.</source>
        <translation>%1 contém %2, que não é um valor JSON.</translation>
    </message>
    <message>
        <location filename="../core/event/parse.py" line="51"/>
        <location filename="../core/jsonsafe.py" line="102"/>
        <source>%1 is too large (%2 KB; at most %3 KB is accepted).</source>
        <translation>%1 é grande demais (%2 KB; no máximo %3 KB são aceitos).</translation>
    </message>
    <message>
        <location filename="../core/jsonsafe.py" line="110"/>
        <source>%1 is not UTF-8 text (at byte %2).</source>
        <translation>%1 não é texto UTF-8 (no byte %2).</translation>
    </message>
    <message>
        <location filename="../core/jsonsafe.py" line="126"/>
        <source>%1 is not valid JSON (line %2, column %3: %4).</source>
        <translation>%1 não é JSON válido (linha %2, coluna %3: %4).</translation>
    </message>
    <message>
        <location filename="../core/event/parse.py" line="74"/>
        <location filename="../core/jsonsafe.py" line="131"/>
        <source>%1 is not valid JSON: it is nested too deeply.</source>
        <translation>%1 não é JSON válido: o aninhamento é profundo demais.</translation>
    </message>
    <message>
        <location filename="../core/jsonsafe.py" line="136"/>
        <source>%1 is not valid JSON (%2).</source>
        <translation>%1 não é JSON válido (%2).</translation>
    </message>
    <message>
        <location filename="../core/jsonsafe.py" line="169"/>
        <source>%1 contains text that is not valid Unicode (%2).</source>
        <translation>%1 contém texto que não é Unicode válido (%2).</translation>
    </message>
    <message>
        <location filename="../core/library/address.py" line="76"/>
        <source>The pack address %1 is not a web address (it must start with https://).</source>
        <translation>O endereço do pacote %1 não é um endereço web (deve começar com https://).</translation>
    </message>
    <message>
        <location filename="../core/library/address.py" line="92"/>
        <source>The pack address %1 is not secure: use https:// (plain http:// is only accepted on this computer or the local network).</source>
        <translation>O endereço do pacote %1 não é seguro: use https:// (http:// simples só é aceito neste computador ou na rede local).</translation>
    </message>
    <message>
        <location filename="../core/library/address.py" line="147"/>
        <source>%1: the server sent the app on to another server (%2); for safety it was not followed.</source>
        <translation>%1: o servidor enviou o aplicativo para outro servidor (%2); por segurança, ele não foi seguido.</translation>
    </message>
    <message>
        <location filename="../core/library/address.py" line="153"/>
        <source>On hotel or venue Wi-Fi, open any web page to log in first, then try again. Otherwise check the pack address.</source>
        <translation>No Wi-Fi de hotel ou do local do evento, abra qualquer página web para fazer login primeiro e tente de novo. Caso contrário, verifique o endereço do pacote.</translation>
    </message>
    <message>
        <location filename="../core/library/address.py" line="162"/>
        <source>%1: the server redirected too many times.</source>
        <translation>%1: o servidor redirecionou vezes demais.</translation>
    </message>
    <message>
        <location filename="../core/userfile.py" line="44"/>
        <location filename="../core/userfile.py" line="52"/>
        <source>%1 is a folder, not a file.</source>
        <extracomment>never block on a FIFO or device while opening (POSIX); Windows has no such files</extracomment>
        <translation>%1 é uma pasta, não um arquivo.</translation>
    </message>
    <message>
        <location filename="../core/userfile.py" line="54"/>
        <source>%1 is not an ordinary file (a device, pipe or socket).</source>
        <translation>%1 não é um arquivo comum (um dispositivo, pipe ou socket).</translation>
    </message>
    <message>
        <location filename="../core/userfile.py" line="85"/>
        <source>%1 is too large (more than %2).</source>
        <translation>%1 é grande demais (mais de %2).</translation>
    </message>
    <message>
        <location filename="../core/storage_health.py" line="59"/>
        <source>The app&apos;s database %1 is damaged and could not be moved aside (%2). Close other programs using it and try again.</source>
        <translation>O banco de dados do aplicativo %1 está danificado e não pôde ser posto de lado (%2). Feche os outros programas que o estão usando e tente de novo.</translation>
    </message>
    <message>
        <location filename="../core/storage_health.py" line="86"/>
        <source>The app&apos;s database %1 is in use by another program (another copy of the app, a backup or antivirus program). Close it and try again; nothing was changed.</source>
        <translation>O banco de dados do aplicativo %1 está sendo usado por outro programa (outra cópia do aplicativo, um programa de backup ou antivírus). Feche-o e tente de novo; nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../core/storage_health.py" line="92"/>
        <source>Could not open the app&apos;s database %1: the disk is full. Free some space and try again; nothing was changed.</source>
        <translation>Não foi possível abrir o banco de dados do aplicativo %1: o disco está cheio. Libere espaço e tente de novo; nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../core/storage_health.py" line="104"/>
        <source>Could not open the app&apos;s database %1: the folder is read-only. Check the data folder and try again; nothing was changed.</source>
        <translation>Não foi possível abrir o banco de dados do aplicativo %1: a pasta é somente leitura. Verifique a pasta de dados e tente de novo; nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../core/storage_health.py" line="112"/>
        <source>Could not open the app&apos;s database %1 (%2); nothing was changed.</source>
        <translation>Não foi possível abrir o banco de dados do aplicativo %1 (%2); nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../core/live/report.py" line="92"/>
        <source>The report can be written as .pdf, .html or .csv, not %1.</source>
        <translation>O relatório pode ser gravado como .pdf, .html ou .csv, não %1.</translation>
    </message>
    <message>
        <location filename="../core/live/report.py" line="292"/>
        <source>The report&apos;s end (%1) is not after its start (%2).</source>
        <translation>O fim do relatório (%1) não é depois do início (%2).</translation>
    </message>
    <message>
        <location filename="../core/live/report.py" line="304"/>
        <source>Could not write the report to %1: %2</source>
        <translation>Não foi possível gravar o relatório em %1: %2</translation>
    </message>
    <message>
        <location filename="../core/compose/sender.py" line="331"/>
        <source>%1: split into a thread; the app will post it at its time.</source>
        <translation>%1: dividido em uma sequência; o aplicativo vai publicar na hora marcada.</translation>
    </message>
    <message>
        <location filename="../core/compose/enqueue.py" line="61"/>
        <source>Choose at least one account to post to.</source>
        <translation>Escolha pelo menos uma conta para publicar.</translation>
    </message>
    <message>
        <location filename="../commands/compose.py" line="181"/>
        <location filename="../core/compose/enqueue.py" line="64"/>
        <location filename="../core/compose/enqueue.py" line="149"/>
        <source>The post is empty.</source>
        <translation>A publicação está vazia.</translation>
    </message>
    <message>
        <location filename="../core/compose/enqueue.py" line="68"/>
        <source>Picture %1 has no description (alt text). Add one so people who cannot see it know what it shows.</source>
        <translation>A imagem %1 não tem descrição (texto alternativo). Adicione uma para que quem não pode vê-la saiba o que ela mostra.</translation>
    </message>
    <message>
        <location filename="../core/compose/enqueue.py" line="80"/>
        <source>%1 takes at most %2 pictures per post.</source>
        <translation>%1 aceita no máximo %2 imagens por publicação.</translation>
    </message>
    <message>
        <location filename="../core/library/signing.py" line="123"/>
        <source>%1 is not a key fingerprint (32 hexadecimal digits, like 3f2a-91bc-…).</source>
        <translation>%1 não é uma impressão digital de chave (32 dígitos hexadecimais, como 3f2a-91bc-…).</translation>
    </message>
    <message>
        <location filename="../core/library/signing.py" line="98"/>
        <source>The pack&apos;s signature has an unreadable key.</source>
        <translation>A assinatura do pacote tem uma chave ilegível.</translation>
    </message>
    <message>
        <location filename="../core/library/signing.py" line="100"/>
        <source>The pack&apos;s signature has an unreadable value.</source>
        <translation>A assinatura do pacote tem um valor ilegível.</translation>
    </message>
    <message>
        <location filename="../core/library/signing.py" line="104"/>
        <source>The pack&apos;s signature has a key of the wrong length.</source>
        <translation>A assinatura do pacote tem uma chave com o comprimento errado.</translation>
    </message>
    <message>
        <location filename="../core/library/signing.py" line="106"/>
        <source>The pack&apos;s signature value has the wrong length.</source>
        <translation>O valor da assinatura do pacote tem o comprimento errado.</translation>
    </message>
    <message>
        <location filename="../core/library/signing.py" line="155"/>
        <source>The pack&apos;s signature does not match its manifest: the manifest was changed after it was signed, or the signature is not the publisher&apos;s. Refused.</source>
        <translation>A assinatura do pacote não corresponde ao manifesto: o manifesto foi alterado depois de assinado, ou a assinatura não é do editor. Recusado.</translation>
    </message>
    <message>
        <location filename="../core/library/signing.py" line="203"/>
        <source>The passphrase must have at least 8 characters.</source>
        <translation>A frase secreta deve ter pelo menos 8 caracteres.</translation>
    </message>
    <message>
        <location filename="../core/library/signing.py" line="245"/>
        <source>%1 is not a pack signing key file.</source>
        <translation>%1 não é um arquivo de chave de assinatura de pacotes.</translation>
    </message>
    <message>
        <location filename="../core/library/signing.py" line="251"/>
        <source>Could not open the key in %1: wrong passphrase, or the file is damaged.</source>
        <translation>Não foi possível abrir a chave em %1: frase secreta errada, ou o arquivo está danificado.</translation>
    </message>
    <message>
        <location filename="../core/library/signing.py" line="258"/>
        <source>%1 does not hold an Ed25519 key.</source>
        <translation>%1 não contém uma chave Ed25519.</translation>
    </message>
    <message>
        <location filename="../core/library/signing.py" line="308"/>
        <source>%1 is not a publisher&apos;s public key (44 characters of base64).</source>
        <translation>%1 não é uma chave pública de editor (44 caracteres em base64).</translation>
    </message>
    <message>
        <location filename="../core/library/signing.py" line="343"/>
        <source>%1 is not a key file.</source>
        <translation>%1 não é um arquivo de chave.</translation>
    </message>
    <message>
        <location filename="../core/event/model.py" line="23"/>
        <source>The event details already on this computer are still used.</source>
        <translation>Os dados do evento que já estão neste computador continuam sendo usados.</translation>
    </message>
    <message>
        <location filename="../core/event/parse.py" line="61"/>
        <location filename="../core/event/store.py" line="300"/>
        <source>The event file</source>
        <translation>O arquivo do evento</translation>
    </message>
    <message>
        <location filename="../core/event/parse.py" line="83"/>
        <source>The event file must contain a JSON object.</source>
        <translation>O arquivo do evento deve conter um objeto JSON.</translation>
    </message>
    <message>
        <location filename="../core/event/parse.py" line="91"/>
        <source>This is not a shareASM event file (&quot;format&quot; must be &quot;%1&quot;).</source>
        <translation>Este não é um arquivo de evento do shareASM (&quot;format&quot; deve ser &quot;%1&quot;).</translation>
    </message>
    <message>
        <location filename="../core/event/parse.py" line="99"/>
        <source>The event file uses format version %1; this app reads version %2.</source>
        <translation>O arquivo do evento usa a versão %1 do formato; este app lê a versão %2.</translation>
    </message>
    <message>
        <location filename="../core/event/parse.py" line="103"/>
        <source>Update the app to read it. The event details already here are still used.</source>
        <translation>Atualize o app para lê-lo. Os dados do evento que já estão aqui continuam sendo usados.</translation>
    </message>
    <message>
        <location filename="../core/event/parse.py" line="111"/>
        <location filename="../core/library/manifest.py" line="284"/>
        <source>top level</source>
        <translation>raiz</translation>
    </message>
    <message>
        <location filename="../core/event/parse.py" line="114"/>
        <source>The event file is invalid at %1: %2</source>
        <translation>O arquivo do evento é inválido na posição %1: %2</translation>
    </message>
    <message>
        <location filename="../core/event/parse.py" line="135"/>
        <source>The event ends before it starts.</source>
        <translation>O evento termina antes de começar.</translation>
    </message>
    <message>
        <location filename="../core/event/parse.py" line="142"/>
        <source>Two sessions share the id %1.</source>
        <translation>Duas sessões têm o mesmo identificador %1.</translation>
    </message>
    <message>
        <location filename="../core/event/parse.py" line="149"/>
        <source>Session %1 ends before it starts.</source>
        <translation>A sessão %1 termina antes de começar.</translation>
    </message>
    <message>
        <location filename="../core/event/parse.py" line="173"/>
        <source>The next edition ends before it starts.</source>
        <translation>A próxima edição termina antes de começar.</translation>
    </message>
    <message>
        <location filename="../core/event/parse.py" line="182"/>
        <source>%1 is not a date (YYYY-MM-DD).</source>
        <translation>%1 não é uma data (AAAA-MM-DD).</translation>
    </message>
    <message>
        <location filename="../core/event/parse.py" line="219"/>
        <source>%1 names a session the file does not have: %2.</source>
        <translation>%1 cita uma sessão que o arquivo não tem: %2.</translation>
    </message>
    <message>
        <location filename="../core/event/parse.py" line="285"/>
        <source>%1 is not an ISO-8601 date and time: %2.</source>
        <extracomment>dates outside these years are refused (no real event, and date maths overflows)</extracomment>
        <translation>%1 não é uma data e hora ISO-8601: %2.</translation>
    </message>
    <message>
        <location filename="../core/event/parse.py" line="300"/>
        <source>%1 is out of range: %2.</source>
        <translation>%1 está fora do intervalo: %2.</translation>
    </message>
    <message>
        <location filename="../core/event/parse.py" line="313"/>
        <source>%1 is out of range: %2 (years %3 to %4 only).</source>
        <translation>%1 está fora do intervalo: %2 (somente anos de %3 a %4).</translation>
    </message>
    <message>
        <location filename="../core/storage.py" line="166"/>
        <source>The app&apos;s database was damaged and could not be opened (%1). A new one was started; the old file was left where it was, so nothing is deleted.</source>
        <extracomment>the &quot;still open&quot; marker this connection removes when it closes cleanly damage found after the start: the marker stays, the next start checks SQLite&apos;s integrity check passed on this connection</extracomment>
        <translation>O banco de dados do app estava danificado e não pôde ser aberto (%1). Um novo foi criado; o arquivo antigo ficou onde estava, então nada é apagado.</translation>
    </message>
    <message>
        <location filename="../core/storage.py" line="176"/>
        <source>The app&apos;s database was damaged and could not be opened (%1). A new one was started; the old file was kept as %2, so nothing is deleted.</source>
        <translation>O banco de dados do app estava danificado e não pôde ser aberto (%1). Um novo foi criado; o arquivo antigo foi guardado como %2, então nada é apagado.</translation>
    </message>
    <message>
        <location filename="../core/storage.py" line="233"/>
        <source>The database was made by a newer version of the app (schema %1, this app knows %2).</source>
        <translation>O banco de dados foi criado por uma versão mais nova do app (esquema %1, este app conhece o %2).</translation>
    </message>
    <message>
        <location filename="../core/storage.py" line="239"/>
        <source>Install the newer version again, or start with another data folder.</source>
        <translation>Instale de novo a versão mais nova, ou comece com outra pasta de dados.</translation>
    </message>
    <message>
        <location filename="../core/storage_health.py" line="138"/>
        <source>The app&apos;s database is busy: another copy of the app, or a backup or antivirus program, is using it. Try again in a moment.</source>
        <translation>O banco de dados do app está ocupado: outra cópia do app, ou um programa de backup ou antivírus, está usando-o. Tente de novo daqui a pouco.</translation>
    </message>
    <message>
        <location filename="../cli.py" line="158"/>
        <source>The input is not UTF-8 text (byte %1 cannot be read). Save it as UTF-8 and try again.</source>
        <extracomment>which module registers each subcommand: a start with a subcommand imports only its own module (``account`` pulls in the network clients and twitter-text, ``pack`` jsonschema: ~0.3 s a start, issue 19). tests/test_cli.py checks the table against the modules. Windows reports a pipe whose reader went away as EINVAL, not as BrokenPipeError global options that take a value (so their value is not taken for the subcommand)</extracomment>
        <translation>A entrada não é texto UTF-8 (o byte %1 não pode ser lido). Salve-a como UTF-8 e tente de novo.</translation>
    </message>
    <message>
        <location filename="../commands/accounts.py" line="71"/>
        <source>Give the %1 on standard input.</source>
        <translation>Informe o %1 pela entrada padrão.</translation>
    </message>
    <message>
        <location filename="../commands/accounts.py" line="82"/>
        <source>No %1 was given on standard input.</source>
        <translation>Nenhum %1 foi informado pela entrada padrão.</translation>
    </message>
    <message>
        <location filename="../commands/accounts.py" line="93"/>
        <source>%1 Accounts cannot be added from the command line until then.</source>
        <translation>%1 Até lá, não é possível adicionar contas pela linha de comando.</translation>
    </message>
    <message>
        <location filename="../commands/compose.py" line="88"/>
        <source>More than one account is %1: give its id (see &apos;account list&apos;).</source>
        <translation>Mais de uma conta é %1: informe o identificador dela (veja &apos;account list&apos;).</translation>
    </message>
    <message>
        <location filename="../commands/compose.py" line="94"/>
        <source>There is no account %1 (see &apos;account list&apos;).</source>
        <translation>Não existe a conta %1 (veja &apos;account list&apos;).</translation>
    </message>
    <message>
        <location filename="../commands/compose.py" line="104"/>
        <source>The text is empty: there is nothing to count.</source>
        <translation>O texto está vazio: não há nada para contar.</translation>
    </message>
    <message>
        <location filename="../commands/compose.py" line="114"/>
        <source>%1 is a %2 account, not %3.</source>
        <translation>%1 é uma conta %2, não %3.</translation>
    </message>
    <message>
        <location filename="../commands/compose.py" line="123"/>
        <source>Give --network or --account.</source>
        <translation>Informe --network ou --account.</translation>
    </message>
    <message>
        <location filename="../commands/compose.py" line="126"/>
        <source>--max must be a positive number.</source>
        <translation>--max deve ser um número positivo.</translation>
    </message>
    <message>
        <location filename="../commands/compose.py" line="178"/>
        <source>Give one --alt (a description) for each --image.</source>
        <translation>Informe um --alt (uma descrição) para cada --image.</translation>
    </message>
    <message>
        <location filename="../commands/compose.py" line="185"/>
        <source>The picture %1 could not be read.</source>
        <translation>Não foi possível ler a imagem %1.</translation>
    </message>
    <message>
        <location filename="../commands/compose.py" line="196"/>
        <source>%1 has passed (it is %2); leave out --at to post now.</source>
        <translation>%1 já passou (agora são %2); deixe de fora o --at para publicar agora.</translation>
    </message>
    <message>
        <location filename="../commands/compose.py" line="215"/>
        <source>No connected account can post: add one with &apos;account add-mastodon&apos; or &apos;account add-bluesky&apos;.</source>
        <translation>Nenhuma conta conectada pode publicar: adicione uma com &apos;account add-mastodon&apos; ou &apos;account add-bluesky&apos;.</translation>
    </message>
    <message>
        <location filename="../commands/compose.py" line="349"/>
        <source>Outbox item %1 is not waiting for a retry.</source>
        <translation>O item %1 da caixa de saída não está aguardando nova tentativa.</translation>
    </message>
    <message>
        <location filename="../commands/countdown.py" line="56"/>
        <source>Unknown time zone %1; use an IANA name such as Africa/Accra.</source>
        <translation>Fuso horário desconhecido %1; use um nome IANA como Africa/Accra.</translation>
    </message>
    <message>
        <location filename="../commands/countdown.py" line="168"/>
        <source>No event address is set; give one: event-fetch URL</source>
        <translation>Nenhum endereço de evento está definido; informe um: event-fetch URL</translation>
    </message>
    <message>
        <location filename="../commands/feed.py" line="44"/>
        <source>The tag is empty.</source>
        <translation>A hashtag está vazia.</translation>
    </message>
    <message>
        <location filename="../commands/library.py" line="147"/>
        <source>%1 could not be read back intact; build again.</source>
        <translation>Não foi possível reler %1 intacto; gere-o de novo.</translation>
    </message>
    <message>
        <location filename="../commands/library.py" line="203"/>
        <source>No pack is installed.</source>
        <translation>Nenhum pacote está instalado.</translation>
    </message>
    <message>
        <location filename="../commands/library.py" line="217"/>
        <source>No pack address: give one (pack sync URL) or set it in Settings → Library.</source>
        <translation>Sem endereço de pacote: informe um (pack sync URL) ou defina-o em Configurações → Biblioteca.</translation>
    </message>
    <message>
        <location filename="../commands/library_venue.py" line="144"/>
        <source>The two passphrases differ; nothing was written.</source>
        <translation>As duas frases secretas são diferentes; nada foi gravado.</translation>
    </message>
    <message>
        <location filename="../commands/library_venue.py" line="150"/>
        <source>No passphrase: type it, pipe it on standard input, or set %1.</source>
        <translation>Sem frase secreta: digite-a, envie-a pela entrada padrão, ou defina %1.</translation>
    </message>
    <message>
        <location filename="../commands/library_venue.py" line="171"/>
        <source>%1 is inside the app&apos;s data folder. Keep a signing key somewhere else (a USB stick, your documents), never with the app&apos;s data.</source>
        <translation>%1 está dentro da pasta de dados do app. Guarde a chave de assinatura em outro lugar (um pen drive, seus documentos), nunca junto com os dados do app.</translation>
    </message>
    <message>
        <location filename="../commands/library_venue.py" line="204"/>
        <source>No %1 in %2: give a pack folder.</source>
        <translation>Não há %1 em %2: informe uma pasta de pacote.</translation>
    </message>
    <message>
        <location filename="../commands/library_venue.py" line="209"/>
        <source>%1 is inside the pack folder, which is copied and shared as it is. Keep the signing key somewhere else.</source>
        <translation>%1 está dentro da pasta do pacote, que é copiada e compartilhada como está. Guarde a chave de assinatura em outro lugar.</translation>
    </message>
    <message>
        <location filename="../commands/library_venue.py" line="221"/>
        <source>The pack&apos;s files do not match its manifest; fix them before signing.</source>
        <translation>Os arquivos do pacote não correspondem ao manifesto; corrija-os antes de assinar.</translation>
    </message>
    <message>
        <location filename="../commands/library_venue.py" line="279"/>
        <source>No trusted key has the fingerprint %1.</source>
        <translation>Nenhuma chave confiável tem a impressão digital %1.</translation>
    </message>
    <message>
        <location filename="../commands/library_venue.py" line="379"/>
        <source>No share nearby offers the pack %1.</source>
        <translation>Nenhum compartilhamento próximo oferece o pacote %1.</translation>
    </message>
    <message>
        <location filename="../commands/library_venue.py" line="113"/>
        <source>%1 To take it anyway: --trust-signer %2</source>
        <translation>%1 Para aceitá-lo mesmo assim: --trust-signer %2</translation>
    </message>
    <message>
        <location filename="../core/clock.py" line="55"/>
        <source>Not an ISO-8601 date and time: %1</source>
        <extracomment>a computer clock this far from the servers&apos; is called wrong, corrected and shown the estimate is the median of this many recent replies</extracomment>
        <translation>Não é uma data e hora ISO-8601: %1</translation>
    </message>
    <message>
        <location filename="../core/clock.py" line="59"/>
        <source>The time %1 has no time zone; add Z or an offset such as +03:00.</source>
        <translation>O horário %1 não tem fuso horário; acrescente Z ou uma diferença como +03:00.</translation>
    </message>
    <message>
        <location filename="../core/diskerrors.py" line="31"/>
        <source>the disk is full</source>
        <extracomment>errors that mean &quot;this disk or folder will not take the write&quot;</extracomment>
        <translation>o disco está cheio</translation>
    </message>
    <message>
        <location filename="../core/diskerrors.py" line="32"/>
        <source>permission was refused</source>
        <translation>a permissão foi negada</translation>
    </message>
    <message>
        <location filename="../core/diskerrors.py" line="36"/>
        <source>the file is too big for this disk</source>
        <translation>o arquivo é grande demais para este disco</translation>
    </message>
    <message>
        <location filename="../core/diskerrors.py" line="37"/>
        <source>the disk is read-only</source>
        <translation>o disco é somente leitura</translation>
    </message>
    <message>
        <location filename="../core/diskerrors.py" line="40"/>
        <source>the disk reported an error</source>
        <translation>o disco informou um erro</translation>
    </message>
    <message>
        <location filename="../core/diskerrors.py" line="52"/>
        <source>Could not use %1: %2.</source>
        <translation>Não foi possível usar %1: %2.</translation>
    </message>
    <message>
        <location filename="../core/diskerrors.py" line="55"/>
        <source>the file</source>
        <translation>o arquivo</translation>
    </message>
    <message>
        <location filename="../core/event/ics.py" line="117"/>
        <source>The calendar file could not be made: %1</source>
        <translation>Não foi possível criar o arquivo de calendário: %1</translation>
    </message>
    <message>
        <location filename="../core/event/ics.py" line="121"/>
        <source>The calendar file could not be made: no events.</source>
        <translation>Não foi possível criar o arquivo de calendário: não há eventos.</translation>
    </message>
    <message>
        <location filename="../core/event/store.py" line="166"/>
        <source>The saved event file could not be read; the details shipped with the app are used (%1).</source>
        <extracomment>sha256 of the shipped event file as it passed the schema in the tests (tests/core/event/test_store.py checks it; after editing the shipped file, put its new hash here). A shipped file with another hash is checked on its first start instead. how many accepted files&apos; hashes ``checked.json`` keeps &quot;shipped&quot;, &quot;url&quot; or &quot;file&quot; the URL or file name it came from (&quot;&quot; for the shipped file) when the file was last fetched or opened (ISO-8601 UTC), &quot;&quot; for shipped ids of sessions that are new or changed since the previous file a message when the newer file could not be used, else &quot;&quot; &quot;updated&quot;, &quot;unchanged&quot;, or &quot;dropped&quot; (not installed: the address changed, or another file was installed while it was fetched) the state file&apos;s text when the fetch began: it is installed only over that the file; None when the server said &quot;not modified&quot; when it was fetched (the server&apos;s time, as the HTTP client corrects it) sha256 of files that passed the schema (shipped or accepted): checked once, not on every start (issue 19: the schema check imports jsonschema, ~0.1 s)</extracomment>
        <translation>Não foi possível ler o arquivo do evento salvo; os dados que vêm com o app estão em uso (%1).</translation>
    </message>
    <message>
        <location filename="../core/event/store.py" line="284"/>
        <source>The event address must start with https:// (%1).</source>
        <translation>O endereço do evento deve começar com https:// (%1).</translation>
    </message>
    <message>
        <location filename="../core/event/store.py" line="294"/>
        <source>The event server said &apos;not modified&apos; but nothing is saved.</source>
        <translation>O servidor do evento respondeu &apos;não modificado&apos;, mas nada está salvo.</translation>
    </message>
    <message>
        <location filename="../core/event/store.py" line="306"/>
        <source>The event file at that address is too large (%1 KB).</source>
        <translation>O arquivo do evento nesse endereço é grande demais (%1 KB).</translation>
    </message>
    <message>
        <location filename="../core/event/store.py" line="364"/>
        <source>The event file at that address is too large (over %1 KB).</source>
        <translation>O arquivo do evento nesse endereço é grande demais (mais de %1 KB).</translation>
    </message>
    <message>
        <location filename="../core/library/build_plan.py" line="68"/>
        <source>%1 is not UTF-8 text. Save it as UTF-8 (in Notepad: Save as → Encoding: UTF-8) and build again.</source>
        <extracomment>stem -&gt; {lang or &quot;&quot;: path}</extracomment>
        <translation>%1 não é texto UTF-8. Salve-o como UTF-8 (no Bloco de Notas: Salvar como → Codificação: UTF-8) e gere de novo.</translation>
    </message>
    <message>
        <location filename="../core/library/build_plan.py" line="91"/>
        <source>%1, line %2: a caption of %3 characters; at most %4.</source>
        <translation>%1, linha %2: uma legenda de %3 caracteres; no máximo %4.</translation>
    </message>
    <message>
        <location filename="../core/library/build_plan.py" line="107"/>
        <source>%1 is an image with an absurd number of pixels; make it smaller.</source>
        <translation>%1 é uma imagem com um número absurdo de pixels; reduza-a.</translation>
    </message>
    <message>
        <location filename="../core/library/build_plan.py" line="114"/>
        <source>%1 is not a JPEG or PNG image.</source>
        <translation>%1 não é uma imagem JPEG ou PNG.</translation>
    </message>
    <message>
        <location filename="../core/library/build_plan.py" line="119"/>
        <source>%1 is not a JPEG or PNG image (it holds %2 data); save it as JPEG or PNG.</source>
        <translation>%1 não é uma imagem JPEG ou PNG (contém dados %2); salve-a como JPEG ou PNG.</translation>
    </message>
    <message>
        <location filename="../core/library/build_plan.py" line="127"/>
        <source>%1 is %2×%3 pixels, too large for a page (at most %4 megapixels); make it smaller.</source>
        <translation>%1 tem %2×%3 pixels, grande demais para uma página (no máximo %4 megapixels); reduza-a.</translation>
    </message>
    <message>
        <location filename="../core/library/build_plan.py" line="144"/>
        <source>%1 is not a folder. Give the folder that holds the pages.</source>
        <translation>%1 não é uma pasta. Informe a pasta que contém as páginas.</translation>
    </message>
    <message>
        <location filename="../core/library/build_plan.py" line="161"/>
        <source>%1: Windows cannot store a file of that name; rename it.</source>
        <translation>%1: o Windows não pode guardar um arquivo com esse nome; renomeie-o.</translation>
    </message>
    <message>
        <location filename="../core/library/build_plan.py" line="171"/>
        <source>%1: %2 is not a language code; use two or three lower-case letters (captions.en.txt, captions.sw.txt, captions.pt-BR.txt).</source>
        <translation>%1: %2 não é um código de idioma; use duas ou três letras minúsculas (captions.en.txt, captions.sw.txt, captions.pt-BR.txt).</translation>
    </message>
    <message>
        <location filename="../core/library/build_plan.py" line="183"/>
        <source>%1: %2 is not a language code.</source>
        <translation>%1: %2 não é um código de idioma.</translation>
    </message>
    <message>
        <location filename="../core/library/build_plan.py" line="193"/>
        <source>%1 is an image without a page number; name the pages 01%2, 02%2 … (or move %1 out of the folder).</source>
        <translation>%1 é uma imagem sem número de página; nomeie as páginas 01%2, 02%2 … (ou tire %1 da pasta).</translation>
    </message>
    <message>
        <location filename="../core/library/build_plan.py" line="203"/>
        <source>%1 and %2 are both page %3; keep one.</source>
        <translation>%1 e %2 são ambos a página %3; mantenha um.</translation>
    </message>
    <message>
        <location filename="../core/library/build_plan.py" line="42"/>
        <source>%1 and %2 are the same edition.</source>
        <extracomment>files an operating system or editor leaves in folders; skipped without a word a caption or title file larger than this is not a caption file the schema&apos;s limit for one caption a page whose longer side exceeds this is fine but heavy to download: a warning ``brief.sw.pdf``: the Swahili edition of the publication ``brief`` %1 and %2: two files that are the same edition of one publication or video</extracomment>
        <translation>%1 e %2 são a mesma edição.</translation>
    </message>
    <message>
        <location filename="../core/library/build_plan.py" line="220"/>
        <source>The folder holds files a pack does not carry: %1. A pack takes numbered JPEG/PNG pages, captions.LANG.txt, title.LANG.txt, PDFs and videos (.mp4, .webm …); move the others out.</source>
        <translation>A pasta tem arquivos que um pacote não leva: %1. Um pacote aceita páginas JPEG/PNG numeradas, captions.LANG.txt, title.LANG.txt, PDFs e vídeos (.mp4, .webm …); tire os outros.</translation>
    </message>
    <message>
        <location filename="../core/library/build_plan.py" line="233"/>
        <source>Page %1 is missing: there are %2 page files numbered up to %3. Number them 01, 02, 03 … without gaps.</source>
        <translation>A página %1 está faltando: há %2 arquivos de página numerados até %3. Numere-os 01, 02, 03 … sem pular.</translation>
    </message>
    <message>
        <location filename="../core/library/build_plan.py" line="244"/>
        <source>%1 has captions but the folder has no numbered pages.</source>
        <translation>%1 tem legendas, mas a pasta não tem páginas numeradas.</translation>
    </message>
    <message>
        <location filename="../core/library/build_plan.py" line="251"/>
        <source>%1 has %2 lines for %3 pages: write one line per page, in page order (an empty line for a page without a caption).</source>
        <translation>%1 tem %2 linhas para %3 páginas: escreva uma linha por página, na ordem das páginas (uma linha vazia para página sem legenda).</translation>
    </message>
    <message>
        <location filename="../core/library/build_plan.py" line="260"/>
        <source>%1 holds nothing to pack: no numbered pages (01.jpg …), PDFs or videos.</source>
        <translation>%1 não tem nada para empacotar: nenhuma página numerada (01.jpg …), PDF ou vídeo.</translation>
    </message>
    <message>
        <location filename="../core/library/build.py" line="130"/>
        <source>Give the pack a title (--title).</source>
        <extracomment>things worth knowing that did not stop the build (large pages)</extracomment>
        <translation>Dê um título ao pacote (--title).</translation>
    </message>
    <message>
        <location filename="../core/library/build.py" line="135"/>
        <source>%1: the pack file name must end in .zip.</source>
        <translation>%1: o nome do arquivo do pacote deve terminar em .zip.</translation>
    </message>
    <message>
        <location filename="../core/library/build.py" line="140"/>
        <source>Write the pack outside the folder it is made from (not %1): a second build would find the archive among the pages.</source>
        <translation>Grave o pacote fora da pasta de onde ele é feito (não em %1): uma segunda geração encontraria o arquivo compactado entre as páginas.</translation>
    </message>
    <message>
        <location filename="../core/library/build.py" line="150"/>
        <source>The title gives no usable pack id; add --id with lower-case letters and digits (e.g. --id shareasm-2026).</source>
        <translation>O título não gera um identificador de pacote utilizável; acrescente --id com letras minúsculas e dígitos (por ex. --id shareasm-2026).</translation>
    </message>
    <message>
        <location filename="../core/library/build.py" line="192"/>
        <source>The pack would be invalid: %1</source>
        <translation>O pacote seria inválido: %1</translation>
    </message>
    <message>
        <location filename="../core/library/download.py" line="51"/>
        <source>Start the update again to continue where it stopped.</source>
        <translation>Inicie a atualização de novo para continuar de onde parou.</translation>
    </message>
    <message>
        <location filename="../core/library/download.py" line="200"/>
        <source>The server&apos;s copy of %1 is shorter than the pack says (%2 bytes kept, %3 expected).</source>
        <translation>A cópia de %1 no servidor é menor do que o pacote indica (%2 bytes guardados, %3 esperados).</translation>
    </message>
    <message>
        <location filename="../core/library/download.py" line="215"/>
        <source>The server sent the wrong part of %1; it will start over.</source>
        <translation>O servidor enviou a parte errada de %1; o download vai recomeçar.</translation>
    </message>
    <message>
        <location filename="../core/library/download.py" line="45"/>
        <source>The download was stopped.</source>
        <extracomment>why a download ended when the user stopped it</extracomment>
        <translation>O download foi interrompido.</translation>
    </message>
    <message>
        <location filename="../core/library/download.py" line="276"/>
        <source>Could not save %1: %2. What arrived so far is kept.</source>
        <translation>Não foi possível salvar %1: %2. O que já chegou fica guardado.</translation>
    </message>
    <message>
        <location filename="../core/library/download.py" line="287"/>
        <source>The download of %1 ended early (%2 of %3 bytes); it will resume from where it stopped.</source>
        <translation>O download de %1 terminou antes da hora (%2 de %3 bytes); ele vai continuar de onde parou.</translation>
    </message>
    <message>
        <location filename="../core/library/manifest.py" line="247"/>
        <source>The pack names an unsafe file path: %1 (absolute).</source>
        <extracomment>a manifest larger than this is refused before parsing (a pack of 1,000s of items is ~1 MB) the largest single file a pack may declare (a long video); larger is &quot;absurd&quot; a host name or IPv4 address, lower case (the only other servers files may come from) &quot;integer&quot; means int here: the standard validator takes 45.0 (and ``sha256`` slicing, ``range`` and HTTP Range maths then fail far away from the manifest) names Windows keeps for devices, whatever the case or extension (&quot;nul.txt&quot;, &quot;COM0.pdf&quot;, &quot;CONIN$&quot;): learn.microsoft.com/windows/win32/fileio/naming-a-file schema patterns end in ``$``, which Python&apos;s ``re`` also matches before a final newline; line and paragraph separators and direction overrides would let a signer&apos;s name print lines of its own (&quot;Signed by IIED (trusted)&quot;) or turn words around other servers a file download may be redirected to (a CDN), besides the pack&apos;s own who signed the manifest (checked when parsed), None when unsigned</extracomment>
        <translation>O pacote cita um caminho de arquivo inseguro: %1 (absoluto).</translation>
    </message>
    <message>
        <location filename="../core/library/manifest.py" line="253"/>
        <source>The pack names an unsafe file path: %1.</source>
        <translation>O pacote cita um caminho de arquivo inseguro: %1.</translation>
    </message>
    <message>
        <location filename="../core/library/manifest.py" line="258"/>
        <source>The pack names a file path with forbidden characters: %1.</source>
        <translation>O pacote cita um caminho de arquivo com caracteres proibidos: %1.</translation>
    </message>
    <message>
        <location filename="../core/library/manifest.py" line="269"/>
        <source>The pack names a file that Windows cannot store: %1.</source>
        <translation>O pacote cita um arquivo que o Windows não pode guardar: %1.</translation>
    </message>
    <message>
        <location filename="../core/library/manifest.py" line="287"/>
        <location filename="../core/library/sync.py" line="45"/>
        <source>The pack manifest</source>
        <extracomment>names the manifest in messages about its download</extracomment>
        <translation>O manifesto do pacote</translation>
    </message>
    <message>
        <location filename="../core/library/manifest.py" line="301"/>
        <source>This pack uses format %1, made for a newer version of the app (this one reads format %2). Please update the app.</source>
        <translation>Este pacote usa o formato %1, feito para uma versão mais nova do app (este lê o formato %2). Atualize o app.</translation>
    </message>
    <message>
        <location filename="../core/library/manifest.py" line="314"/>
        <source>The pack manifest is invalid at %1: %2 (and %3 more problems).</source>
        <translation>O manifesto do pacote é inválido na posição %1: %2 (e mais %3 problemas).</translation>
    </message>
    <message>
        <location filename="../core/library/manifest.py" line="320"/>
        <source>The pack manifest is invalid at %1: %2.</source>
        <translation>O manifesto do pacote é inválido na posição %1: %2.</translation>
    </message>
    <message>
        <location filename="../core/library/manifest.py" line="346"/>
        <source>The pack manifest is invalid at %1: %2 has a control character.</source>
        <translation>O manifesto do pacote é inválido na posição %1: %2 tem um caractere de controle.</translation>
    </message>
    <message>
        <location filename="../core/library/manifest.py" line="362"/>
        <source>The pack lists the item %1 twice (items/%2).</source>
        <translation>O pacote lista o item %1 duas vezes (items/%2).</translation>
    </message>
    <message>
        <location filename="../core/library/manifest.py" line="374"/>
        <source>Item %1 names the manifest itself as a file.</source>
        <translation>O item %1 cita o próprio manifesto como arquivo.</translation>
    </message>
    <message>
        <location filename="../core/library/manifest.py" line="391"/>
        <source>Item %1: the files %2 and %3 differ only in capital letters; Windows and macOS cannot keep both.</source>
        <translation>Item %1: os arquivos %2 e %3 diferem só nas letras maiúsculas; o Windows e o macOS não conseguem guardar os dois.</translation>
    </message>
    <message>
        <location filename="../core/library/manifest.py" line="401"/>
        <source>Item %1: the file %2 is listed twice with different contents.</source>
        <translation>Item %1: o arquivo %2 aparece duas vezes com conteúdos diferentes.</translation>
    </message>
    <message>
        <location filename="../core/library/manifest.py" line="412"/>
        <source>Item %1 (%2) has neither a web address nor files.</source>
        <translation>O item %1 (%2) não tem endereço web nem arquivos.</translation>
    </message>
    <message>
        <location filename="../core/library/manifest.py" line="417"/>
        <source>Item %1 (%2) has no language edition.</source>
        <translation>O item %1 (%2) não tem edição em nenhum idioma.</translation>
    </message>
    <message>
        <location filename="../core/library/manifest.py" line="422"/>
        <source>Item %1 has no title in any language.</source>
        <translation>O item %1 não tem título em nenhum idioma.</translation>
    </message>
    <message>
        <location filename="../core/library/peers.py" line="94"/>
        <source>%1 is not the address of a share on this network (it looks like 192.168.1.20:8737).</source>
        <extracomment>how long ``pack peers`` listens for announcements by default how long a laptop waits in all for a turn at a busy share (a dozen laptops, one share)</extracomment>
        <translation>%1 não é o endereço de um compartilhamento nesta rede (ele é parecido com 192.168.1.20:8737).</translation>
    </message>
    <message>
        <location filename="../core/library/peers.py" line="110"/>
        <source>The share</source>
        <translation>O compartilhamento</translation>
    </message>
    <message>
        <location filename="../core/library/peers.py" line="132"/>
        <source>%1 is not a pack share of this app.</source>
        <translation>%1 não é um compartilhamento de pacotes deste app.</translation>
    </message>
    <message>
        <location filename="../core/library/peers.py" line="192"/>
        <source>Could not listen for shares on this network (%1). Type the address the other laptop shows instead.</source>
        <translation>Não foi possível procurar compartilhamentos nesta rede (%1). Digite o endereço que o outro computador mostra.</translation>
    </message>
    <message>
        <location filename="../core/library/lan.py" line="73"/>
        <source>%1 is not a private network address; packs are shared only on a local network (10.x, 172.16–31.x, 192.168.x, 169.254.x) or on this computer.</source>
        <extracomment>adapters of virtual machines and containers (WSL, Hyper-V, Docker, VirtualBox, VMware)</extracomment>
        <translation>%1 não é um endereço de rede privada; os pacotes só são compartilhados numa rede local (10.x, 172.16–31.x, 192.168.x, 169.254.x) ou neste computador.</translation>
    </message>
    <message>
        <location filename="../core/library/share.py" line="290"/>
        <source>This computer is not on a local network (no private address such as 192.168.x.x), so there is nothing to share on. Join the venue&apos;s Wi-Fi first.</source>
        <extracomment>DNS-SD service type of a pack share the port tried first, so an address typed by hand stays the same across starts seconds a client is told to wait when every download slot is taken a stalled client is dropped after this many seconds</extracomment>
        <translation>Este computador não está numa rede local (sem endereço privado como 192.168.x.x), então não há onde compartilhar. Conecte-se primeiro ao Wi-Fi do local.</translation>
    </message>
    <message>
        <location filename="../core/library/share.py" line="298"/>
        <source>%1 is not a port number (1 to 65535).</source>
        <translation>%1 não é um número de porta (1 a 65535).</translation>
    </message>
    <message>
        <location filename="../core/library/share.py" line="314"/>
        <source>Could not open port %1 for sharing: %2.</source>
        <translation>Não foi possível abrir a porta %1 para compartilhar: %2.</translation>
    </message>
    <message>
        <location filename="../core/library/pack_source.py" line="98"/>
        <source>%1 points outside the pack.</source>
        <extracomment>an archive whose entries claim more than this in total is refused outright</extracomment>
        <translation>%1 aponta para fora do pacote.</translation>
    </message>
    <message>
        <location filename="../core/library/pack_source.py" line="117"/>
        <source>%1 is not a readable zip archive (%2).</source>
        <translation>%1 não é um arquivo zip legível (%2).</translation>
    </message>
    <message>
        <location filename="../core/library/pack_source.py" line="138"/>
        <source>The archive contains an absolute path: %1. Refused.</source>
        <translation>O arquivo compactado contém um caminho absoluto: %1. Recusado.</translation>
    </message>
    <message>
        <location filename="../core/library/pack_source.py" line="145"/>
        <source>The archive contains a path leaving the pack: %1. Refused.</source>
        <translation>O arquivo compactado contém um caminho que sai do pacote: %1. Recusado.</translation>
    </message>
    <message>
        <location filename="../core/library/pack_source.py" line="153"/>
        <source>The archive contains a link: %1. Refused.</source>
        <translation>O arquivo compactado contém um link: %1. Recusado.</translation>
    </message>
    <message>
        <location filename="../core/library/pack_source.py" line="159"/>
        <source>The archive declares an absurd size. Refused.</source>
        <translation>O arquivo compactado declara um tamanho absurdo. Recusado.</translation>
    </message>
    <message>
        <location filename="../core/library/pack_source.py" line="164"/>
        <source>The archive contains %1 twice. Refused.</source>
        <translation>O arquivo compactado contém %1 duas vezes. Recusado.</translation>
    </message>
    <message>
        <location filename="../core/library/pack_source.py" line="193"/>
        <source>%1 uses a compression the app cannot read</source>
        <translation>%1 usa uma compressão que o app não consegue ler</translation>
    </message>
    <message>
        <location filename="../core/library/pack_source.py" line="198"/>
        <source>%1 is encrypted in the archive</source>
        <translation>%1 está criptografado no arquivo compactado</translation>
    </message>
    <message>
        <location filename="../core/library/pack_source.py" line="226"/>
        <source>%1 is neither a folder nor an archive.</source>
        <translation>%1 não é uma pasta nem um arquivo compactado.</translation>
    </message>
    <message>
        <location filename="../core/library/pack_source.py" line="231"/>
        <source>%1 is not a regular file</source>
        <extracomment>the problems with one file of a pack (no full stop: they are parts of a sentence)</extracomment>
        <translation>%1 não é um arquivo comum</translation>
    </message>
    <message>
        <location filename="../core/library/pack_source.py" line="232"/>
        <source>%1 is damaged in the archive (%2)</source>
        <translation>%1 está danificado no arquivo compactado (%2)</translation>
    </message>
    <message>
        <location filename="../core/library/sideload.py" line="71"/>
        <source>%1 is missing</source>
        <extracomment>a page image larger than this many pixels is refused (a 12,000 × 8,000 scan is 96 MP) &quot;queued&quot; while waiting for another job&apos;s writing turn (``current`` names that job: &quot;sync&quot;, &quot;copy&quot;, …), else &quot;&quot; more problems with one file of a pack (see pack_source)</extracomment>
        <translation>%1 está faltando</translation>
    </message>
    <message>
        <location filename="../core/library/sideload.py" line="72"/>
        <source>%1 is an image with an absurd number of pixels</source>
        <translation>%1 é uma imagem com um número absurdo de pixels</translation>
    </message>
    <message>
        <location filename="../core/library/sideload.py" line="80"/>
        <source>The copy was stopped; nothing was changed.</source>
        <extracomment>why an import or export ended before its end</extracomment>
        <translation>A cópia foi interrompida; nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../core/library/sideload.py" line="128"/>
        <source>%1 is larger than the pack declares</source>
        <extracomment>what reading a damaged zip entry raises (zipfile checks headers and CRCs lazily)</extracomment>
        <translation>%1 é maior do que o pacote declara</translation>
    </message>
    <message>
        <location filename="../core/library/sideload.py" line="132"/>
        <source>%1 is truncated (%2 of %3 bytes)</source>
        <translation>%1 está truncado (%2 de %3 bytes)</translation>
    </message>
    <message>
        <location filename="../core/library/sideload.py" line="137"/>
        <source>%1 is damaged or was changed (checksum differs)</source>
        <translation>%1 está danificado ou foi alterado (a soma de verificação não confere)</translation>
    </message>
    <message>
        <location filename="../core/library/sideload.py" line="166"/>
        <source>%1 is an image with an absurd number of pixels (%2×%3)</source>
        <translation>%1 é uma imagem com um número absurdo de pixels (%2×%3)</translation>
    </message>
    <message>
        <location filename="../core/library/sideload.py" line="273"/>
        <source>Item %1: %2. Nothing was installed.</source>
        <translation>Item %1: %2. Nada foi instalado.</translation>
    </message>
    <message>
        <location filename="../core/library/sideload.py" line="326"/>
        <source>The pack %1 is not installed.</source>
        <translation>O pacote %1 não está instalado.</translation>
    </message>
    <message>
        <location filename="../core/library/store.py" line="109"/>
        <source>The file %1 has %2 bytes, the pack says %3: it is truncated or was changed.</source>
        <extracomment>the writing turn, shared by every store on this folder</extracomment>
        <translation>O arquivo %1 tem %2 bytes, o pacote diz %3: está truncado ou foi alterado.</translation>
    </message>
    <message>
        <location filename="../core/library/store.py" line="117"/>
        <source>The file %1 is damaged or was changed (checksum differs).</source>
        <translation>O arquivo %1 está danificado ou foi alterado (a soma de verificação não confere).</translation>
    </message>
    <message>
        <location filename="../core/library/store.py" line="142"/>
        <source>Could not store %1: %2.</source>
        <translation>Não foi possível guardar %1: %2.</translation>
    </message>
    <message>
        <location filename="../core/library/store.py" line="180"/>
        <source>The pack is incomplete: %1 files are missing, first %2.</source>
        <translation>O pacote está incompleto: faltam %1 arquivos, a começar por %2.</translation>
    </message>
    <message>
        <location filename="../core/library/sync.py" line="112"/>
        <source>The pack address answered with a web page, not a pack. The network may want you to log in first (hotel or venue Wi-Fi), or the address in Settings → Library is wrong.</source>
        <extracomment>local hours counted as &quot;night&quot; for the only-at-night setting bytes per second over this session (0 until measurable) seconds left at that speed, or None when unknown &quot;manifest&quot; | &quot;download&quot; | &quot;waiting&quot; (for a turn at a busy share) | &quot;install&quot;, or &quot;queued&quot;: waiting for another job writing the pack store (``current`` names that job: &quot;sync&quot;, &quot;copy&quot;, &quot;import&quot;, &quot;download&quot;, &quot;sample&quot;)</extracomment>
        <translation>O endereço do pacote respondeu com uma página web, não com um pacote. Talvez a rede peça que você faça login primeiro (Wi-Fi de hotel ou do local), ou o endereço em Configurações → Biblioteca está errado.</translation>
    </message>
    <message>
        <location filename="../core/library/sync.py" line="219"/>
        <source>The new pack needs %1 MB more, but only %2 MB are free on this computer.</source>
        <translation>O novo pacote precisa de mais %1 MB, mas só há %2 MB livres neste computador.</translation>
    </message>
    <message>
        <location filename="../core/library/sync.py" line="267"/>
        <source>%1 The download was rejected.</source>
        <translation>%1 O download foi rejeitado.</translation>
    </message>
    <message>
        <location filename="../core/library/sync.py" line="271"/>
        <source>%1: %2 The download was rejected.</source>
        <translation>%1: %2 O download foi rejeitado.</translation>
    </message>
    <message>
        <location filename="../core/library/sync.py" line="336"/>
        <source>This pack was installed from a folder or archive; it has no download address.</source>
        <translation>Este pacote foi instalado de uma pasta ou arquivo compactado; ele não tem endereço de download.</translation>
    </message>
    <message>
        <location filename="../core/live/bluesky.py" line="26"/>
        <source>Bluesky: the login has expired.</source>
        <translation>Bluesky: o login expirou.</translation>
    </message>
    <message>
        <location filename="../core/live/bluesky.py" line="139"/>
        <source>a Bluesky post is not an object</source>
        <extracomment>where bsky.app shows hashtags and profiles</extracomment>
        <translation>uma publicação do Bluesky não é um objeto</translation>
    </message>
    <message>
        <location filename="../core/live/bluesky.py" line="142"/>
        <source>a Bluesky post has no at:// uri</source>
        <translation>uma publicação do Bluesky não tem URI at://</translation>
    </message>
    <message>
        <location filename="../core/live/bluesky.py" line="197"/>
        <source>the search reply has no list of posts</source>
        <translation>a resposta da busca não tem lista de publicações</translation>
    </message>
    <message>
        <location filename="../core/live/bluesky.py" line="299"/>
        <source>Bluesky needs a login to search posts.</source>
        <extracomment>False when paging back to ``since`` stopped short (paging budget, page cap) whose session ``auth`` is (for messages)</extracomment>
        <translation>O Bluesky exige login para buscar publicações.</translation>
    </message>
    <message>
        <location filename="../core/live/bluesky.py" line="300"/>
        <source>Add a Bluesky account (with an app password) in Accounts.</source>
        <translation>Adicione uma conta do Bluesky (com uma senha de app) em Contas.</translation>
    </message>
    <message>
        <location filename="../core/live/mastodon.py" line="233"/>
        <source>a status is not an object</source>
        <translation>um status não é um objeto</translation>
    </message>
    <message>
        <location filename="../core/live/mastodon.py" line="166"/>
        <location filename="../core/live/mastodon.py" line="244"/>
        <source>a status has no uri</source>
        <extracomment>more attachments or tags than any server allows are ignored</extracomment>
        <translation>um status não tem URI</translation>
    </message>
    <message>
        <location filename="../core/live/mastodon.py" line="301"/>
        <source>the server did not send a list of posts</source>
        <translation>o servidor não enviou uma lista de publicações</translation>
    </message>
    <message>
        <location filename="../core/live/mastodon.py" line="327"/>
        <source>the instance description is not an object</source>
        <extracomment>public | authenticated | disabled (for hashtag feeds of remote posts) the server&apos;s own domain (``host:port`` off the default port), &quot;&quot; when not said</extracomment>
        <translation>a descrição da instância não é um objeto</translation>
    </message>
    <message>
        <location filename="../core/live/mastodon.py" line="417"/>
        <source>%1: the instance description is unreadable.</source>
        <extracomment>the newest id to poll from next time (&quot;&quot; when nothing came) requests made that carried min_id/max_id (count against the paging budget) False when paging back to ``since`` stopped before reaching it (budget, page cap) the instance&apos;s domain for local authors&apos; handles (set from the instance info)</extracomment>
        <translation>%1: a descrição da instância está ilegível.</translation>
    </message>
    <message>
        <location filename="../core/live/media_cache.py" line="33"/>
        <source>The image is too large to show on this connection.</source>
        <translation>A imagem é grande demais para ser mostrada nesta conexão.</translation>
    </message>
    <message>
        <location filename="../core/live/media_cache.py" line="34"/>
        <source>The image took too long to load.</source>
        <translation>A imagem demorou demais para carregar.</translation>
    </message>
    <message>
        <location filename="../core/live/media_cache.py" line="91"/>
        <source>Not a web address for an image.</source>
        <extracomment>temporary files of downloads being written (a stale one is evicted like any file) a whole download may take this long: a server dripping a byte every few seconds never trips the read timeout, and would hold a network worker downloads being written by this process (never evicted mid-write) per url, the download under way (the others wait for it)</extracomment>
        <translation>Não é um endereço web de imagem.</translation>
    </message>
    <message>
        <location filename="../core/live/media_cache.py" line="124"/>
        <source>The image</source>
        <translation>A imagem</translation>
    </message>
    <message>
        <location filename="../core/live/media_cache.py" line="128"/>
        <source>Not an image (%1).</source>
        <translation>Não é uma imagem (%1).</translation>
    </message>
    <message>
        <location filename="../core/live/media_cache.py" line="145"/>
        <source>The image could not be loaded: %1</source>
        <translation>Não foi possível carregar a imagem: %1</translation>
    </message>
    <message>
        <location filename="../core/live/model.py" line="208"/>
        <location filename="../core/live/model.py" line="263"/>
        <source>A cached post is unreadable: %1</source>
        <extracomment>the version of :meth:`Post.to_row`&apos;s form (the first item of every row) image | gifv | video | audio | link | unknown alt text (image description), &quot;&quot; when the author gave none &quot;user@instance&quot; (Mastodon) or &quot;handle.bsky.social&quot; the dedupe key: the original&apos;s ``uri`` (a repost is keyed by what it reposts) sanitized HTML (Mastodon subset) and its plain-text rendering handle of who reposted it, when seen as a repost where it was seen: &quot;mastodon:https://host&quot; or &quot;bluesky&quot; the post&apos;s id on that source (opaque string; for deletes) Bluesky content id / other per-network extras (read-only; most posts share one empty mapping, issue 19: memory)</extracomment>
        <translation>Uma publicação em cache está ilegível: %1</translation>
    </message>
    <message>
        <location filename="../core/live/model.py" line="231"/>
        <source>A cached post has an unknown form (%1).</source>
        <translation>Uma publicação em cache tem um formato desconhecido (%1).</translation>
    </message>
    <message>
        <location filename="../core/live/sources.py" line="61"/>
        <source>An instance address is empty.</source>
        <extracomment>paging back to ``since`` stopped short (paging budget or page cap)</extracomment>
        <translation>Um endereço de instância está vazio.</translation>
    </message>
    <message>
        <location filename="../core/live/sources.py" line="67"/>
        <source>Not an instance address: %1</source>
        <translation>Não é um endereço de instância: %1</translation>
    </message>
    <message>
        <location filename="../core/live/sources.py" line="152"/>
        <source>%1 has switched hashtag timelines off.</source>
        <extracomment>read back to this time on the first poll (the ``feed --since`` command) held for a whole poll (a worker thread); never taken on the GUI thread held only to move the cursor: any thread, never across a request</extracomment>
        <translation>%1 desativou as linhas do tempo de hashtags.</translation>
    </message>
    <message>
        <location filename="../core/live/sources.py" line="360"/>
        <source>Unknown source %1: use mastodon:https://instance, bluesky[:URL] or x.</source>
        <extracomment>pages read back to ``feed --since`` at most (each source), besides the paging budget read back to this time on the first poll (the ``feed --since`` command)</extracomment>
        <translation>Fonte desconhecida %1: use mastodon:https://instance, bluesky[:URL] ou x.</translation>
    </message>
    <message>
        <location filename="../core/live/sse.py" line="137"/>
        <source>A streamed post</source>
        <extracomment>Mastodon sends a &quot;:thump&quot; comment every ~15 s; miss three and the stream is dead the server&apos;s ``retry:`` in milliseconds, if it sent one update | status.update | delete</extracomment>
        <translation>Uma publicação transmitida ao vivo</translation>
    </message>
    <message>
        <location filename="../core/live/sse.py" line="140"/>
        <source>a streamed post is not JSON</source>
        <translation>uma publicação transmitida ao vivo não é JSON</translation>
    </message>
    <message>
        <location filename="../core/live/sse.py" line="225"/>
        <source>The live stream failed: %1</source>
        <translation>A transmissão ao vivo falhou: %1</translation>
    </message>
    <message>
        <location filename="../core/live/sse.py" line="251"/>
        <source>The live stream from %1 dropped.</source>
        <translation>A transmissão ao vivo de %1 caiu.</translation>
    </message>
    <message>
        <location filename="../core/live/sse.py" line="259"/>
        <source>%1 did not answer with a live stream (a Wi-Fi login page or a proxy?).</source>
        <translation>%1 não respondeu com uma transmissão ao vivo (uma página de login do Wi-Fi ou um proxy?).</translation>
    </message>
    <message>
        <location filename="../core/live/sse.py" line="294"/>
        <source>The live stream from %1 went quiet or dropped.</source>
        <translation>A transmissão ao vivo de %1 ficou em silêncio ou caiu.</translation>
    </message>
    <message>
        <location filename="../core/live/sse.py" line="303"/>
        <source>The live stream from %1 was closed by the server.</source>
        <translation>A transmissão ao vivo de %1 foi encerrada pelo servidor.</translation>
    </message>
    <message>
        <location filename="../core/live/x.py" line="40"/>
        <source>the X reply is not an object</source>
        <translation>a resposta do X não é um objeto</translation>
    </message>
    <message>
        <location filename="../core/live/x.py" line="43"/>
        <source>the X reply has no list of posts</source>
        <translation>a resposta do X não tem lista de publicações</translation>
    </message>
    <message>
        <location filename="../core/live/x.py" line="60"/>
        <source>an X post has no id</source>
        <translation>uma publicação do X não tem identificador</translation>
    </message>
    <message>
        <location filename="../core/live/x.py" line="211"/>
        <source>X refused the API credentials (reading needs a paid developer account).</source>
        <extracomment>(start, end, where it opens, what it shows, what the text must say there)</extracomment>
        <translation>O X recusou as credenciais da API (ler exige uma conta de desenvolvedor paga).</translation>
    </message>
    <message>
        <location filename="../core/live/x.py" line="215"/>
        <source>Check the X credentials in Accounts, or remove them.</source>
        <translation>Verifique as credenciais do X em Contas, ou remova-as.</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="13"/>
        <source>Could not read %1: %2.</source>
        <translation>Não foi possível ler %1: %2.</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="15"/>
        <source>Could not write %1: %2.</source>
        <extracomment>%1 a file or folder, %2 the system&apos;s reason</extracomment>
        <translation>Não foi possível gravar %1: %2.</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="17"/>
        <source>Could not save %1: %2.</source>
        <extracomment>%1 a file, %2 why not (&quot;the disk is full&quot;)</extracomment>
        <translation>Não foi possível salvar %1: %2.</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="19"/>
        <source>%1 already exists; choose another file name.</source>
        <extracomment>%1 a file</extracomment>
        <translation>%1 já existe; escolha outro nome de arquivo.</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="21"/>
        <source>%1: the reply was cut off or unreadable.</source>
        <extracomment>%1 the server or network (&quot;Bluesky&quot;, &quot;mastodon.social&quot;)</extracomment>
        <translation>%1: a resposta veio cortada ou ilegível.</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="23"/>
        <source>%1 wants a login to show hashtags.</source>
        <extracomment>%1 the server</extracomment>
        <translation>%1 exige login para mostrar hashtags.</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="25"/>
        <source>Not a time: %1.</source>
        <extracomment>%1 the value that is not a time</extracomment>
        <translation>Não é um horário: %1.</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="27"/>
        <source>The pack manifest is too large to be genuine.</source>
        <extracomment>a pack whose manifest is absurdly large</extracomment>
        <translation>O manifesto do pacote é grande demais para ser autêntico.</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="29"/>
        <source>No %1 was found in %2.</source>
        <extracomment>%1 the manifest file name, %2 the folder or archive</extracomment>
        <translation>Nenhum %1 foi encontrado em %2.</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="31"/>
        <source>%1 is a link; packs may not contain links.</source>
        <extracomment>%1 a file in a pack</extracomment>
        <translation>%1 é um link; pacotes não podem conter links.</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="33"/>
        <source>%1 could not be read (%2)</source>
        <extracomment>%1 a file in a pack, %2 the system&apos;s reason (no full stop: also part of a sentence)</extracomment>
        <translation>Não foi possível ler %1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="47"/>
        <source>%1: no saved login on this computer.</source>
        <extracomment>%1 an account&apos;s name</extracomment>
        <translation>%1: nenhum login salvo neste computador.</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="49"/>
        <source>%1: the saved login is unreadable.</source>
        <extracomment>%1 an account&apos;s name</extracomment>
        <translation>%1: o login salvo está ilegível.</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="51"/>
        <source>%1: the server no longer accepts the login.</source>
        <extracomment>%1 an account&apos;s name</extracomment>
        <translation>%1: o servidor não aceita mais o login.</translation>
    </message>
    <message>
        <location filename="../core/library/sideload.py" line="257"/>
        <source>The pack needs %1 MB but only %2 MB are free.</source>
        <translation>O pacote precisa de %1 MB, mas só há %2 MB livres.</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="35"/>
        <source>The download of %1 was cut; it will resume from where it stopped.</source>
        <extracomment>%1 a server or file, the download stopped half-way</extracomment>
        <translation>O download de %1 foi interrompido; ele vai continuar de onde parou.</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="39"/>
        <source>Could not save to the database: %1.</source>
        <extracomment>%1 the database&apos;s reason</extracomment>
        <translation>Não foi possível salvar no banco de dados: %1.</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="41"/>
        <source>There is no outbox item %1.</source>
        <extracomment>%1 an outbox item number</extracomment>
        <translation>Não há item %1 na caixa de saída.</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="43"/>
        <source>Add a Mastodon account on this instance in Accounts, or remove it.</source>
        <extracomment>the way forward when a Mastodon instance wants a login to show hashtags</extracomment>
        <translation>Adicione uma conta do Mastodon nesta instância em Contas, ou remova-a.</translation>
    </message>
    <message>
        <location filename="../ui/errors.py" line="35"/>
        <source>Something went wrong. Your data is safe; the details are in the log.</source>
        <translation>Algo deu errado. Seus dados estão seguros; os detalhes estão no log.</translation>
    </message>
    <message>
        <location filename="../ui/image_decode.py" line="35"/>
        <source>The image is too large or unreadable.</source>
        <extracomment>the largest picture the app decodes, in pixels (the pack importer checks the same)</extracomment>
        <translation>A imagem é grande demais ou ilegível.</translation>
    </message>
    <message>
        <location filename="../ui/image_decode.py" line="47"/>
        <source>The image could not be read: %1</source>
        <translation>Não foi possível ler a imagem: %1</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="166"/>
        <source>The settings file</source>
        <extracomment>UI language code (&quot;en&quot;, &quot;sw&quot;, &quot;fr&quot;, &quot;pt&quot;); &quot;&quot; follows the system the address asked to tell online, offline and &quot;sign in to this Wi-Fi&quot; apart, and the answer it must give (companion/core/connectivity.py); &quot;&quot; turns the check off URL of a newer event file; &quot;&quot; uses the shipped edition field-site clocks shown beside the countdown (IANA names) IANA zone for &quot;local&quot; times; &quot;&quot; follows the computer language of new posts; &quot;&quot; follows the interface language publishers whose signed packs install without asking: &quot;&lt;base64 Ed25519 key&gt; &lt;name&gt;&quot; (companion/core/library/signing.py). Sharing packs on the network is deliberately not a setting: it is off at every start and only switched on for the session. a message for the user when the file was broken or partly invalid, else &quot;&quot; where the broken file was kept, if it was moved aside</extracomment>
        <translation>O arquivo de configurações</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="172"/>
        <source>The settings file could not be read (%1). Default settings are used; the old file was kept as %2.</source>
        <translation>Não foi possível ler o arquivo de configurações (%1). As configurações padrão estão em uso; o arquivo antigo foi guardado como %2.</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="181"/>
        <source>The settings file could not be read (%1). Default settings are used; the old file was kept.</source>
        <translation>Não foi possível ler o arquivo de configurações (%1). As configurações padrão estão em uso; o arquivo antigo foi guardado.</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="198"/>
        <source>Some settings were invalid and were reset to their defaults: %1 (the original was kept as %2).</source>
        <translation>Algumas configurações eram inválidas e voltaram ao padrão: %1 (o original foi guardado como %2).</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="207"/>
        <source>Some settings were invalid and were reset to their defaults: %1.</source>
        <translation>Algumas configurações eram inválidas e voltaram ao padrão: %1.</translation>
    </message>
    <message>
        <location filename="../core/accounts/keyring_store.py" line="102"/>
        <source>The keyring could not be read: %1</source>
        <extracomment>The Windows Credential Manager keeps at most 2,560 bytes per secret (CRED_MAX_CREDENTIAL_BLOB_SIZE, jaraco/keyring#355), and keyring stores the text as UTF-16: 2 bytes a character, 4 for one outside the Basic Multilingual Plane (an emoji). Longer secrets are split into numbered parts under ``key#1``, ``key#2`` ... The largest secret the app keeps, a Bluesky session (two JWTs and the DID), is about 800 characters, 1.6-1.9 KB as UTF-16 (tests/core/accounts/test_keyring_store.py). the most UTF-16 bytes one entry holds here (a margin below the limit) what a keyring backend may raise: keyring&apos;s own errors, and the platform libraries&apos; (Windows&apos; pywintypes.error, D-Bus errors, OSError) which do not derive from them</extracomment>
        <translation>Não foi possível ler o chaveiro: %1</translation>
    </message>
    <message>
        <location filename="../core/accounts/keyring_store.py" line="110"/>
        <source>The keyring refused to store the secret: %1</source>
        <translation>O chaveiro se recusou a guardar o segredo: %1</translation>
    </message>
    <message>
        <location filename="../core/accounts/keyring_store.py" line="121"/>
        <source>The keyring could not delete the secret: %1</source>
        <translation>O chaveiro não conseguiu apagar o segredo: %1</translation>
    </message>
    <message>
        <location filename="../core/accounts/mastodon.py" line="35"/>
        <source>%1 does not look like a Mastodon-compatible server.</source>
        <extracomment>%1 the server&apos;s address</extracomment>
        <translation>%1 não parece ser um servidor compatível com o Mastodon.</translation>
    </message>
    <message>
        <location filename="../core/accounts/mastodon.py" line="36"/>
        <source>Check the address of your instance (for example mastodon.social).</source>
        <translation>Confira o endereço da sua instância (por exemplo, mastodon.social).</translation>
    </message>
    <message>
        <location filename="../core/accounts/mastodon.py" line="239"/>
        <source>%1 did not accept this access token.</source>
        <extracomment>smallest scopes first; older servers that reject them get the next set registered once per instance; the port of a loopback redirect is free (RFC 8252)</extracomment>
        <translation>%1 não aceitou este token de acesso.</translation>
    </message>
    <message>
        <location filename="../core/accounts/mastodon.py" line="240"/>
        <source>Check that you copied the whole token, and that it has not been revoked.</source>
        <translation>Confira se você copiou o token inteiro e se ele não foi revogado.</translation>
    </message>
    <message>
        <location filename="../core/accounts/mastodon.py" line="250"/>
        <source>%1 accepted the token but it may not read your profile.</source>
        <translation>%1 aceitou o token, mas ele não tem permissão para ler seu perfil.</translation>
    </message>
    <message>
        <location filename="../core/accounts/mastodon.py" line="253"/>
        <source>Make the token again with the &apos;profile&apos; (or &apos;read:accounts&apos;) permission ticked, as well as read:statuses, write:statuses and write:media.</source>
        <translation>Crie o token de novo marcando a permissão &apos;profile&apos; (ou &apos;read:accounts&apos;), além de read:statuses, write:statuses e write:media.</translation>
    </message>
    <message>
        <location filename="../core/accounts/mastodon.py" line="264"/>
        <source>%1: the account could not be read.</source>
        <translation>%1: não foi possível ler a conta.</translation>
    </message>
    <message>
        <location filename="../core/accounts/mastodon.py" line="311"/>
        <source>%1: the app could not be registered.</source>
        <translation>%1: não foi possível registrar o app.</translation>
    </message>
    <message>
        <location filename="../core/accounts/mastodon.py" line="337"/>
        <source>%1 did not accept the login code.</source>
        <translation>%1 não aceitou o código de login.</translation>
    </message>
    <message>
        <location filename="../core/accounts/mastodon.py" line="338"/>
        <source>Codes work once and for a few minutes: start the login again.</source>
        <translation>Os códigos valem uma só vez e por poucos minutos: comece o login de novo.</translation>
    </message>
    <message>
        <location filename="../core/accounts/mastodon.py" line="348"/>
        <source>%1: no access token came back.</source>
        <translation>%1: nenhum token de acesso voltou.</translation>
    </message>
    <message>
        <location filename="../core/accounts/oauth.py" line="122"/>
        <source>The login answer did not match this login attempt, so it was ignored.</source>
        <translation>A resposta de login não correspondia a esta tentativa de login, então foi ignorada.</translation>
    </message>
    <message>
        <location filename="../core/accounts/oauth.py" line="126"/>
        <source>Start the login again from the app.</source>
        <translation>Comece o login de novo pelo app.</translation>
    </message>
    <message>
        <location filename="../core/accounts/oauth.py" line="133"/>
        <source>The server did not allow the login (%1).</source>
        <translation>O servidor não permitiu o login (%1).</translation>
    </message>
    <message>
        <location filename="../core/accounts/oauth.py" line="140"/>
        <source>The server sent no login code.</source>
        <translation>O servidor não enviou nenhum código de login.</translation>
    </message>
    <message>
        <location filename="../core/accounts/oauth.py" line="160"/>
        <source>The login was cancelled.</source>
        <translation>O login foi cancelado.</translation>
    </message>
    <message>
        <location filename="../core/accounts/oauth.py" line="163"/>
        <source>No answer came from the browser in time.</source>
        <translation>Nenhuma resposta veio do navegador a tempo.</translation>
    </message>
    <message>
        <location filename="../core/accounts/oauth.py" line="164"/>
        <source>Try again, or use the code-paste login instead.</source>
        <translation>Tente de novo, ou use o login colando um código.</translation>
    </message>
    <message>
        <location filename="../core/accounts/service.py" line="68"/>
        <source>access token</source>
        <extracomment>the login was ended on the server too what the user should still do by hand, or &quot;&quot;</extracomment>
        <translation>token de acesso</translation>
    </message>
    <message>
        <location filename="../core/accounts/service.py" line="69"/>
        <source>login code</source>
        <translation>código de login</translation>
    </message>
    <message>
        <location filename="../core/accounts/service.py" line="70"/>
        <source>bearer token</source>
        <translation>token bearer</translation>
    </message>
    <message>
        <location filename="../core/accounts/service.py" line="76"/>
        <source>The %1 is empty.</source>
        <translation>O campo “%1” está vazio.</translation>
    </message>
    <message>
        <location filename="../core/accounts/service.py" line="79"/>
        <source>The %1 contains spaces; copy it again, without line breaks.</source>
        <translation>O campo “%1” contém espaços; copie-o de novo, sem quebras de linha.</translation>
    </message>
    <message>
        <location filename="../core/accounts/service.py" line="130"/>
        <source>%1 does not allow the app to receive the login by itself.</source>
        <translation>%1 não permite que o app receba o login sozinho.</translation>
    </message>
    <message>
        <location filename="../core/accounts/service.py" line="133"/>
        <source>Use “Paste a code” instead.</source>
        <translation>Use “Colar um código” em vez disso.</translation>
    </message>
    <message>
        <location filename="../core/accounts/service.py" line="201"/>
        <source>Give an X bearer token or user access token.</source>
        <translation>Informe um token bearer do X ou um token de acesso de usuário.</translation>
    </message>
    <message>
        <location filename="../core/accounts/service.py" line="274"/>
        <source>No account with id %1 (accounts: %2).</source>
        <translation>Nenhuma conta com o id %1 (contas: %2).</translation>
    </message>
    <message>
        <location filename="../core/accounts/urls.py" line="25"/>
        <source>server</source>
        <translation>servidor</translation>
    </message>
    <message>
        <location filename="../core/accounts/urls.py" line="26"/>
        <source>Mastodon instance</source>
        <translation>instância do Mastodon</translation>
    </message>
    <message>
        <location filename="../core/accounts/urls.py" line="27"/>
        <source>Bluesky server</source>
        <translation>servidor do Bluesky</translation>
    </message>
    <message>
        <location filename="../core/accounts/urls.py" line="29"/>
        <source>%1 is not a %2 address.</source>
        <extracomment>%1 what was typed, %2 what it should be (a :class:`Phrase`: &quot;Mastodon instance&quot;)</extracomment>
        <translation>%1 não é um endereço válido (%2).</translation>
    </message>
    <message>
        <location filename="../core/accounts/urls.py" line="44"/>
        <source>Enter the address of the %1, e.g. mastodon.social.</source>
        <translation>Informe o endereço (%1), por ex. mastodon.social.</translation>
    </message>
    <message>
        <location filename="../core/accounts/urls.py" line="66"/>
        <source>%1 must be reached with https:// so your login is not sent in the clear.</source>
        <translation>%1 precisa ser acessado com https:// para que seu login não seja enviado sem criptografia.</translation>
    </message>
    <message>
        <location filename="../core/accounts/urls.py" line="75"/>
        <source>%1 has an invalid port number.</source>
        <translation>%1 tem um número de porta inválido.</translation>
    </message>
    <message>
        <location filename="../core/compose/bluesky.py" line="37"/>
        <source>checking a post</source>
        <translation>verificação de uma publicação</translation>
    </message>
    <message>
        <location filename="../core/compose/bluesky.py" line="38"/>
        <source>looking up a mentioned handle</source>
        <translation>busca de um identificador mencionado</translation>
    </message>
    <message>
        <location filename="../core/compose/bluesky.py" line="100"/>
        <source>%1: the account&apos;s DID is unknown; log in again.</source>
        <translation>%1: o DID da conta é desconhecido; entre de novo.</translation>
    </message>
    <message>
        <location filename="../core/compose/bluesky.py" line="134"/>
        <source>%1: the picture upload gave no blob.</source>
        <extracomment>this computer&apos;s clock error, when known: ``createdAt`` is the real time (the AppView files a post at the earlier of createdAt and when it saw it) handle -&gt; DID (or None: does not resolve), for this run</extracomment>
        <translation>%1: o envio da imagem não devolveu nenhum blob.</translation>
    </message>
    <message>
        <location filename="../core/compose/images.py" line="24"/>
        <source>This file is not a picture the app can read.</source>
        <translation>Este arquivo não é uma imagem que o app consegue ler.</translation>
    </message>
    <message>
        <location filename="../core/compose/images.py" line="61"/>
        <source>The picture %1 could not be read: it was moved, deleted or is on a drive that is not connected.</source>
        <extracomment>refuse pictures with more pixels than this (a 100-megapixel camera is fine) never send more than this on the long side (saves data on slow links) why alt text is required, shown next to the field</extracomment>
        <translation>Não foi possível ler a imagem %1: ela foi movida, apagada ou está em uma unidade que não está conectada.</translation>
    </message>
    <message>
        <location filename="../core/compose/images.py" line="70"/>
        <source>This picture file is too big (over %1 MB).</source>
        <translation>Este arquivo de imagem é grande demais (mais de %1 MB).</translation>
    </message>
    <message>
        <location filename="../core/compose/images.py" line="90"/>
        <source>This picture is far too large to open safely (too many pixels).</source>
        <translation>Esta imagem é grande demais para ser aberta com segurança (pixels demais).</translation>
    </message>
    <message>
        <location filename="../core/compose/images.py" line="145"/>
        <source>This picture could not be made small enough for the network.</source>
        <translation>Não foi possível deixar esta imagem pequena o bastante para esta rede.</translation>
    </message>
    <message>
        <location filename="../core/compose/publish_common.py" line="24"/>
        <source>picture upload</source>
        <extracomment>what a publisher was doing when the server said no (the subject of its error)</extracomment>
        <translation>envio de imagem</translation>
    </message>
    <message>
        <location filename="../core/compose/publish_common.py" line="25"/>
        <source>posting</source>
        <translation>publicação</translation>
    </message>
    <message>
        <location filename="../core/compose/publish_common.py" line="31"/>
        <source>%1: %2</source>
        <extracomment>%1 an account&apos;s name, %2 what the app was doing (&quot;picture upload&quot;)</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/net.py" line="425"/>
        <source>The reply from %1 is too large (more than %2).</source>
        <translation>A resposta de %1 é grande demais (mais de %2).</translation>
    </message>
    <message>
        <location filename="../core/net.py" line="430"/>
        <source>%1 is sending its reply too slowly; try again later.</source>
        <translation>%1 está enviando a resposta devagar demais; tente novamente mais tarde.</translation>
    </message>
    <message>
        <location filename="../core/net.py" line="438"/>
        <source>The reply from %1 was cut off; try again later.</source>
        <translation>A resposta de %1 foi interrompida; tente novamente mais tarde.</translation>
    </message>
    <message>
        <location filename="../core/library/address.py" line="83"/>
        <source>The pack address %1 contains a user name or password before the server name; leave it out.</source>
        <translation>O endereço do pacote %1 contém um nome de usuário ou uma senha antes do nome do servidor; remova-o.</translation>
    </message>
    <message>
        <location filename="../core/event/parse.py" line="304"/>
        <source>%1 is %2, a time that does not exist in %3 (the clocks skip it that day).</source>
        <translation>%1 é %2, um horário que não existe em %3 (os relógios o pulam nesse dia).</translation>
    </message>
    <message>
        <location filename="../core/library/manifest.py" line="382"/>
        <source>Item %1: the files %2 and %3 differ only in how their accents are written in Unicode; macOS cannot keep both.</source>
        <translation>Item %1: os arquivos %2 e %3 diferem apenas na forma como os acentos são codificados em Unicode; o macOS não consegue manter os dois.</translation>
    </message>
</context>
<context>
    <name>EventSettingsPage</name>
    <message>
        <location filename="../ui/countdown/settings_page.py" line="88"/>
        <source>Event file address:</source>
        <extracomment>one label per field, each naming its field (buddy: Alt+letter and screen readers)</extracomment>
        <translation>Endereço do arquivo do evento:</translation>
    </message>
    <message>
        <location filename="../ui/countdown/settings_page.py" line="89"/>
        <source>Remind me (minutes before):</source>
        <translation>Lembrar (minutos antes):</translation>
    </message>
    <message>
        <location filename="../ui/countdown/settings_page.py" line="90"/>
        <source>Field-site clocks (IANA zones):</source>
        <translation>Relógios dos locais de campo (fusos IANA):</translation>
    </message>
    <message>
        <location filename="../ui/countdown/settings_page.py" line="91"/>
        <source>My time zone (empty: the computer&apos;s):</source>
        <translation>Meu fuso horário (vazio: o do computador):</translation>
    </message>
    <message>
        <location filename="../ui/countdown/settings_page.py" line="92"/>
        <source>Programme in the event&apos;s time:</source>
        <translation>Programação no horário do evento:</translation>
    </message>
    <message>
        <location filename="../ui/countdown/settings_page.py" line="96"/>
        <source>Event file address</source>
        <translation>Endereço do arquivo do evento</translation>
    </message>
    <message>
        <location filename="../ui/countdown/settings_page.py" line="97"/>
        <source>Reminder minutes before a session</source>
        <translation>Minutos de antecedência do lembrete de uma sessão</translation>
    </message>
    <message>
        <location filename="../ui/countdown/settings_page.py" line="98"/>
        <source>Field-site clocks</source>
        <translation>Relógios dos locais de campo</translation>
    </message>
    <message>
        <location filename="../ui/countdown/settings_page.py" line="99"/>
        <location filename="../ui/countdown/settings_page.py" line="102"/>
        <source>My time zone</source>
        <translation>Meu fuso horário</translation>
    </message>
    <message>
        <location filename="../ui/countdown/settings_page.py" line="103"/>
        <source>Programme in the event&apos;s time</source>
        <translation>Programação no horário do evento</translation>
    </message>
    <message>
        <location filename="../ui/countdown/settings_page.py" line="106"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <location filename="../ui/settings_dialog.py" line="62"/>
        <source>System language</source>
        <extracomment>&quot;module:Class&quot; of each feature&apos;s settings page, in tab order</extracomment>
        <translation>Idioma do sistema</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="63"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="64"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="71"/>
        <source>General</source>
        <translation>Geral</translation>
    </message>
</context>
<context>
    <name>HourChart</name>
    <message numerus="yes">
        <location filename="../ui/live/chart.py" line="38"/>
        <source>%Ln posts in the last %1 hours</source>
        <translation>
            <numerusform>%Ln publicação nas últimas %1 horas</numerusform>
            <numerusform>%Ln publicações nas últimas %1 horas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/live/chart.py" line="48"/>
        <source>No posts in the last %1 hours yet.</source>
        <translation>Nenhuma publicação nas últimas %1 horas.</translation>
    </message>
</context>
<context>
    <name>LibrarySettingsPage</name>
    <message>
        <location filename="../ui/library/settings_page.py" line="36"/>
        <source>Content pack address</source>
        <translation>Endereço do pacote de conteúdo</translation>
    </message>
    <message>
        <location filename="../ui/library/settings_page.py" line="37"/>
        <location filename="../ui/library/settings_page.py" line="38"/>
        <source>Update only on an unmetered connection</source>
        <translation>Atualizar só em conexão não tarifada</translation>
    </message>
    <message>
        <location filename="../ui/library/settings_page.py" line="39"/>
        <source>Update only at night (22:00–06:00)</source>
        <translation>Atualizar só à noite (22:00–06:00)</translation>
    </message>
    <message>
        <location filename="../ui/library/settings_page.py" line="42"/>
        <source>This computer cannot tell whether its connection is metered, so with the first option on, updates wait until you start one yourself.</source>
        <translation>Este computador não consegue saber se a conexão é tarifada; por isso, com a primeira opção ativada, as atualizações esperam até você iniciar uma.</translation>
    </message>
    <message>
        <location filename="../ui/library/settings_page.py" line="46"/>
        <source>The current connection is reported as metered.</source>
        <translation>A conexão atual é informada como tarifada.</translation>
    </message>
    <message>
        <location filename="../ui/library/settings_page.py" line="48"/>
        <source>The current connection is reported as not metered.</source>
        <translation>A conexão atual é informada como não tarifada.</translation>
    </message>
    <message>
        <location filename="../ui/library/settings_page.py" line="50"/>
        <source>Pack address</source>
        <translation>Endereço do pacote</translation>
    </message>
    <message>
        <location filename="../ui/library/settings_page.py" line="53"/>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
</context>
<context>
    <name>LibraryWidget</name>
    <message>
        <location filename="../ui/library/library_text.py" line="16"/>
        <source>Search titles, captions and publications…</source>
        <translation>Buscar títulos, legendas e publicações…</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="18"/>
        <source>Search the library</source>
        <translation>Buscar na biblioteca</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="22"/>
        <source>Language of the materials</source>
        <translation>Idioma dos materiais</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="24"/>
        <source>Update pack</source>
        <translation>Atualizar pacote</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="26"/>
        <source>Download the latest content pack</source>
        <translation>Baixar o pacote de conteúdo mais recente</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="28"/>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="30"/>
        <source>Stop the download</source>
        <translation>Parar o download</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="32"/>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="34"/>
        <source>Import a pack from a USB stick</source>
        <translation>Importar um pacote de um pendrive</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="36"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="38"/>
        <source>Export the pack to a USB stick</source>
        <translation>Exportar o pacote para um pendrive</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="40"/>
        <source>From a folder…</source>
        <translation>De uma pasta…</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="41"/>
        <source>From a zip archive…</source>
        <translation>De um arquivo zip…</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="42"/>
        <source>To a folder…</source>
        <translation>Para uma pasta…</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="43"/>
        <source>To a zip archive…</source>
        <translation>Para um arquivo zip…</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="44"/>
        <source>Library items</source>
        <translation>Itens da biblioteca</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="45"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="47"/>
        <source>Open the selected item</source>
        <translation>Abrir o item selecionado</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="49"/>
        <source>Open with system viewer</source>
        <translation>Abrir no visualizador do sistema</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="51"/>
        <source>Open with the system&apos;s viewer</source>
        <translation>Abrir com o visualizador do sistema</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="54"/>
        <source>Download this item</source>
        <translation>Baixar este item</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="56"/>
        <source>Open in browser</source>
        <translation>Abrir no navegador</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="58"/>
        <source>Open the web page in the browser</source>
        <translation>Abrir a página da web no navegador</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="60"/>
        <source>Send to composer</source>
        <translation>Enviar para o editor</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="62"/>
        <source>Start a post about this item</source>
        <translation>Começar uma postagem sobre este item</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="68"/>
        <source>English</source>
        <translation>Inglês</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="69"/>
        <source>Kiswahili</source>
        <translation>Suaíli</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="70"/>
        <source>French</source>
        <translation>Francês</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="71"/>
        <source>Portuguese</source>
        <translation>Português</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="72"/>
        <source>Malagasy</source>
        <translation>Malgaxe</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="73"/>
        <source>Spanish</source>
        <translation>Espanhol</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="152"/>
        <source>Waiting for the pack update to finish…</source>
        <translation>Aguardando a atualização do pacote terminar…</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="155"/>
        <source>Waiting for the copy from another laptop to finish…</source>
        <translation>Aguardando a cópia de outro computador terminar…</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="158"/>
        <source>Waiting for the pack import to finish…</source>
        <translation>Aguardando a importação do pacote terminar…</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="161"/>
        <source>Waiting for a download to finish…</source>
        <translation>Aguardando um download terminar…</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="165"/>
        <source>Waiting for another pack job to finish…</source>
        <translation>Aguardando outra tarefa do pacote terminar…</translation>
    </message>
    <message>
        <location filename="../ui/library/library_widget.py" line="249"/>
        <source>Opening the library…</source>
        <extracomment>the interface language the content language last followed whether the user chose a content language since the interface language changed</extracomment>
        <translation>Abrindo a biblioteca…</translation>
    </message>
    <message>
        <location filename="../ui/library/library_widget.py" line="252"/>
        <source>No content pack is installed yet.</source>
        <translation>Nenhum pacote de conteúdo instalado ainda.</translation>
    </message>
    <message>
        <location filename="../ui/library/library_widget.py" line="256"/>
        <source>%1 (version %2)</source>
        <translation>%1 (versão %2)</translation>
    </message>
    <message>
        <location filename="../ui/library/library_widget.py" line="260"/>
        <source>set the pack address in Settings to get updates</source>
        <translation>defina o endereço do pacote em Configurações para receber atualizações</translation>
    </message>
    <message>
        <location filename="../ui/library/library_browser.py" line="131"/>
        <source>Nothing found for “%1”.</source>
        <extracomment>titles longer than this are shortened in the grid (whole in the tooltip and details) room below the tallest label in a grid cell labels are measured this many pixels narrower than their cell the cover page a grid cell shows (a Page, or None) what the search box holds (stripped); &quot;&quot; = browsing the query whose results are listed (&quot;&quot; = the browse list) decoded covers by page; pages asked for and not delivered yet</extracomment>
        <translation>Nada encontrado para “%1”.</translation>
    </message>
    <message>
        <location filename="../ui/library/library_browser.py" line="140"/>
        <source>page %1</source>
        <translation>página %1</translation>
    </message>
    <message>
        <location filename="../ui/library/library_browser.py" line="273"/>
        <source>Cover of %1</source>
        <translation>Capa de %1</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="94"/>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="97"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="79"/>
        <source>Photobook</source>
        <translation>Fotolivro</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="80"/>
        <source>Publication</source>
        <translation>Publicação</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="81"/>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="82"/>
        <source>Newsletter</source>
        <translation>Boletim</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="83"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="133"/>
        <source>Download (%1 MB)</source>
        <extracomment>the item chosen in the list: (pack, item, language, page)</extracomment>
        <translation>Baixar (%1 MB)</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="144"/>
        <source>You are offline.</source>
        <translation>Você está offline.</translation>
    </message>
    <message>
        <location filename="../ui/library/viewers.py" line="97"/>
        <source>This publication cannot be shown here; try the system viewer.</source>
        <translation>Esta publicação não pode ser exibida aqui; tente o visualizador do sistema.</translation>
    </message>
    <message>
        <location filename="../ui/library/viewers.py" line="125"/>
        <source>For your safety, this kind of file is not opened outside the app.</source>
        <translation>Para sua segurança, este tipo de arquivo não é aberto fora do aplicativo.</translation>
    </message>
    <message>
        <location filename="../ui/library/pack_jobs.py" line="140"/>
        <source>No pack address yet: set it in Settings → Library, or import a pack from a USB stick.</source>
        <extracomment>what to run again when the user accepts an unknown publisher&apos;s key</extracomment>
        <translation>Ainda não há endereço de pacote: defina-o em Configurações → Biblioteca, ou importe um pacote de um pendrive.</translation>
    </message>
    <message>
        <location filename="../ui/library/pack_jobs.py" line="165"/>
        <location filename="../ui/library/pack_jobs.py" line="190"/>
        <source>Checking for a new pack…</source>
        <translation>Procurando um novo pacote…</translation>
    </message>
    <message>
        <location filename="../ui/library/pack_jobs.py" line="197"/>
        <source>%1 of %2 MB</source>
        <translation>%1 de %2 MB</translation>
    </message>
    <message>
        <location filename="../ui/library/pack_jobs.py" line="203"/>
        <source>%1 MB/s</source>
        <translation>%1 MB/s</translation>
    </message>
    <message>
        <location filename="../ui/library/pack_jobs.py" line="208"/>
        <source>less than a minute left</source>
        <translation>menos de um minuto restante</translation>
    </message>
    <message>
        <location filename="../ui/library/pack_jobs.py" line="215"/>
        <source>Installing the new pack…</source>
        <translation>Instalando o novo pacote…</translation>
    </message>
    <message>
        <location filename="../ui/library/pack_jobs.py" line="223"/>
        <source>The pack is up to date (version %1).</source>
        <translation>O pacote está atualizado (versão %1).</translation>
    </message>
    <message>
        <location filename="../ui/library/pack_jobs.py" line="230"/>
        <source>Pack version %1 installed (%2 MB downloaded).</source>
        <translation>Pacote versão %1 instalado (%2 MB baixados).</translation>
    </message>
    <message>
        <location filename="../ui/library/pack_jobs.py" line="271"/>
        <source>Downloaded.</source>
        <translation>Baixado.</translation>
    </message>
    <message>
        <location filename="../ui/library/pack_jobs.py" line="280"/>
        <source>Pack folder</source>
        <translation>Pasta do pacote</translation>
    </message>
    <message>
        <location filename="../ui/library/pack_jobs.py" line="285"/>
        <source>Pack archive</source>
        <translation>Arquivo do pacote</translation>
    </message>
    <message>
        <location filename="../ui/library/pack_jobs.py" line="287"/>
        <location filename="../ui/library/pack_jobs.py" line="297"/>
        <source>Zip archives (*.zip)</source>
        <translation>Arquivos zip (*.zip)</translation>
    </message>
    <message>
        <location filename="../ui/library/pack_jobs.py" line="291"/>
        <source>Export into folder</source>
        <translation>Exportar para pasta</translation>
    </message>
    <message>
        <location filename="../ui/library/pack_jobs.py" line="295"/>
        <source>Export to archive</source>
        <translation>Exportar para arquivo compactado</translation>
    </message>
    <message>
        <location filename="../ui/library/pack_jobs.py" line="304"/>
        <source>Checking the pack…</source>
        <translation>Verificando o pacote…</translation>
    </message>
    <message>
        <location filename="../ui/library/pack_jobs.py" line="317"/>
        <source>Pack %1 version %2 installed.</source>
        <translation>Pacote %1 versão %2 instalado.</translation>
    </message>
    <message>
        <location filename="../ui/library/pack_jobs.py" line="329"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location filename="../ui/library/pack_jobs.py" line="341"/>
        <source>Exported to %1.</source>
        <translation>Exportado para %1.</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="19"/>
        <source>Clear the search</source>
        <translation>Limpar a pesquisa</translation>
    </message>
    <message>
        <location filename="../ui/library/library_text.py" line="20"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
</context>
<context>
    <name>LiveArea</name>
    <message>
        <location filename="../ui/live/status_text.py" line="64"/>
        <source>starting…</source>
        <translation>iniciando…</translation>
    </message>
    <message>
        <location filename="../ui/live/status_text.py" line="65"/>
        <source>live</source>
        <translation>ao vivo</translation>
    </message>
    <message>
        <location filename="../ui/live/status_text.py" line="66"/>
        <source>polling every %1 s</source>
        <translation>verificando a cada %1 s</translation>
    </message>
    <message>
        <location filename="../ui/live/status_text.py" line="69"/>
        <source>waiting for the rate limit until %1</source>
        <translation>aguardando o limite de solicitações até %1</translation>
    </message>
    <message>
        <location filename="../ui/live/status_text.py" line="72"/>
        <source>offline</source>
        <translation>sem conexão</translation>
    </message>
    <message>
        <location filename="../ui/live/status_text.py" line="73"/>
        <source>login needed</source>
        <translation>é preciso fazer login</translation>
    </message>
    <message>
        <location filename="../ui/live/status_text.py" line="74"/>
        <source>error</source>
        <translation>erro</translation>
    </message>
    <message>
        <location filename="../ui/live/status_text.py" line="75"/>
        <source>paused while the window is hidden</source>
        <translation>em pausa enquanto a janela está oculta</translation>
    </message>
    <message>
        <location filename="../ui/live/status_text.py" line="76"/>
        <source>off</source>
        <translation>desligado</translation>
    </message>
    <message>
        <location filename="../ui/live/filters.py" line="86"/>
        <source>All networks</source>
        <translation>Todas as redes</translation>
    </message>
    <message>
        <location filename="../ui/live/filters.py" line="100"/>
        <source>All languages</source>
        <translation>Todos os idiomas</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/live/widget.py" line="278"/>
        <source>%Ln new posts — show</source>
        <extracomment>settings that change which sources are read (the sources are rebuilt) sources were unreachable (or the computer offline) at the last state change what was last announced to screen readers (polite, only when the count changes) the event&apos;s time zone, for the chart&apos;s hours (read on a worker at start)</extracomment>
        <translation>
            <numerusform>%Ln nova publicação — mostrar</numerusform>
            <numerusform>%Ln novas publicações — mostrar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/live/widget.py" line="282"/>
        <source>%Ln new posts</source>
        <translation>
            <numerusform>%Ln nova publicação</numerusform>
            <numerusform>%Ln novas publicações</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/live/post_actions.py" line="49"/>
        <source>Content warning: %1</source>
        <translation>Aviso de conteúdo: %1</translation>
    </message>
    <message>
        <location filename="../ui/live/post_actions.py" line="51"/>
        <source>no description</source>
        <translation>sem descrição</translation>
    </message>
    <message>
        <location filename="../ui/live/post_actions.py" line="61"/>
        <location filename="../ui/live/post_actions.py" line="205"/>
        <source>Open the original</source>
        <translation>Abrir o original</translation>
    </message>
    <message>
        <location filename="../ui/live/status_text.py" line="88"/>
        <location filename="../ui/live/status_text.py" line="176"/>
        <location filename="../ui/live/widget.py" line="333"/>
        <source>No sources are set up.</source>
        <translation>Nenhuma fonte está configurada.</translation>
    </message>
    <message>
        <location filename="../ui/live/status_text.py" line="122"/>
        <source>Offline since %1 — showing the last posts saved on this computer.</source>
        <translation>Sem conexão desde %1 — mostrando as últimas publicações salvas neste computador.</translation>
    </message>
    <message>
        <location filename="../ui/live/status_text.py" line="125"/>
        <source>Offline — showing the posts saved on this computer.</source>
        <translation>Sem conexão — mostrando as publicações salvas neste computador.</translation>
    </message>
    <message>
        <location filename="../ui/live/status_text.py" line="164"/>
        <source>Loading saved posts…</source>
        <translation>Carregando as publicações salvas…</translation>
    </message>
    <message>
        <location filename="../ui/live/status_text.py" line="167"/>
        <source>No post matches these filters.</source>
        <translation>Nenhuma publicação corresponde a estes filtros.</translation>
    </message>
    <message>
        <location filename="../ui/live/widget.py" line="436"/>
        <source>Nobody yet.</source>
        <translation>Ainda ninguém.</translation>
    </message>
    <message>
        <location filename="../ui/live/post_actions.py" line="153"/>
        <source>Link copied.</source>
        <extracomment>the notice goes after a while, as a social client&apos;s does</extracomment>
        <translation>Link copiado.</translation>
    </message>
    <message>
        <location filename="../ui/live/post_actions.py" line="169"/>
        <source>@%1 is muted.</source>
        <translation>@%1 foi silenciado.</translation>
    </message>
    <message>
        <location filename="../ui/live/post_actions.py" line="206"/>
        <source>Copy link</source>
        <translation>Copiar link</translation>
    </message>
    <message>
        <location filename="../ui/live/post_actions.py" line="207"/>
        <source>Share in a new post…</source>
        <translation>Compartilhar em nova publicação…</translation>
    </message>
    <message>
        <location filename="../ui/live/post_actions.py" line="209"/>
        <source>Mute @%1</source>
        <translation>Silenciar @%1</translation>
    </message>
    <message>
        <location filename="../ui/live/status_text.py" line="168"/>
        <source>Clear the search and filters to see every post again.</source>
        <translation>Limpe a busca e os filtros para ver todas as publicações de novo.</translation>
    </message>
    <message>
        <location filename="../ui/live/status_text.py" line="171"/>
        <source>Clear the filters</source>
        <translation>Limpar os filtros</translation>
    </message>
    <message>
        <location filename="../ui/live/status_text.py" line="177"/>
        <source>Add a Mastodon server or turn Bluesky on under Settings → Live posts, or add an account under Accounts.</source>
        <translation>Adicione um servidor Mastodon ou ative o Bluesky em Configurações → Publicações ao vivo, ou adicione uma conta em Contas.</translation>
    </message>
    <message>
        <location filename="../ui/live/status_text.py" line="185"/>
        <source>The sources need a login.</source>
        <translation>As fontes exigem login.</translation>
    </message>
    <message>
        <location filename="../ui/live/status_text.py" line="186"/>
        <source>Some servers, and Bluesky, show hashtags only to people logged in. Add your account under Accounts and the posts appear here.</source>
        <translation>Alguns servidores, e o Bluesky, mostram hashtags só para quem fez login. Adicione sua conta em Contas e as publicações aparecerão aqui.</translation>
    </message>
    <message>
        <location filename="../ui/live/status_text.py" line="191"/>
        <source>Open Accounts</source>
        <translation>Abrir Contas</translation>
    </message>
    <message>
        <location filename="../ui/live/status_text.py" line="196"/>
        <source>No posts saved on this computer yet.</source>
        <translation>Ainda não há publicações guardadas neste computador.</translation>
    </message>
    <message>
        <location filename="../ui/live/status_text.py" line="197"/>
        <source>The sources cannot be reached now. Posts appear here as soon as the connection comes back; meanwhile you can write a post in Compose: it waits in the outbox.</source>
        <translation>As fontes não podem ser alcançadas agora. As publicações aparecem aqui assim que a conexão voltar; enquanto isso, você pode escrever uma publicação em Escrever: ela espera na caixa de saída.</translation>
    </message>
    <message>
        <location filename="../ui/live/status_text.py" line="203"/>
        <location filename="../ui/live/status_text.py" line="213"/>
        <source>Write a post</source>
        <translation>Escrever uma publicação</translation>
    </message>
    <message>
        <location filename="../ui/live/status_text.py" line="207"/>
        <source>No posts yet.</source>
        <translation>Ainda não há publicações.</translation>
    </message>
    <message>
        <location filename="../ui/live/status_text.py" line="208"/>
        <source>New posts with the event&apos;s hashtags appear here as they are published. Be the first: write one in Compose.</source>
        <translation>Novas publicações com as hashtags do evento aparecem aqui assim que publicadas. Seja o primeiro: escreva uma em Escrever.</translation>
    </message>
    <message>
        <location filename="../ui/live/widget.py" line="415"/>
        <source>Following %1</source>
        <translation>Seguindo %1</translation>
    </message>
    <message>
        <location filename="../ui/live/widget.py" line="415"/>
        <source>Live posts</source>
        <translation>Publicações ao vivo</translation>
    </message>
</context>
<context>
    <name>LiveSettingsPage</name>
    <message>
        <location filename="../ui/live/settings_page.py" line="56"/>
        <source>Mastodon &amp;instances (one per line):</source>
        <translation>&amp;Instâncias Mastodon (uma por linha):</translation>
    </message>
    <message>
        <location filename="../ui/live/settings_page.py" line="57"/>
        <source>E&amp;xtra hashtags:</source>
        <translation>Hashtags &amp;adicionais:</translation>
    </message>
    <message>
        <location filename="../ui/live/settings_page.py" line="58"/>
        <source>Mute &amp;words (one per line):</source>
        <translation>Silenciar &amp;palavras (uma por linha):</translation>
    </message>
    <message>
        <location filename="../ui/live/settings_page.py" line="59"/>
        <source>Mute &amp;accounts (one per line):</source>
        <translation>Silenciar &amp;contas (uma por linha):</translation>
    </message>
    <message>
        <location filename="../ui/live/settings_page.py" line="60"/>
        <location filename="../ui/live/settings_page.py" line="63"/>
        <source>Read Bluesky</source>
        <translation>Ler o Bluesky</translation>
    </message>
    <message>
        <location filename="../ui/live/settings_page.py" line="61"/>
        <source>Data saver: text only, load pictures on click</source>
        <translation>Economia de dados: só texto, imagens carregadas ao clicar</translation>
    </message>
    <message>
        <location filename="../ui/live/settings_page.py" line="62"/>
        <source>Mastodon instances</source>
        <translation>Instâncias Mastodon</translation>
    </message>
    <message>
        <location filename="../ui/live/settings_page.py" line="64"/>
        <source>Extra hashtags</source>
        <translation>Hashtags adicionais</translation>
    </message>
    <message>
        <location filename="../ui/live/settings_page.py" line="65"/>
        <source>Muted words</source>
        <translation>Palavras silenciadas</translation>
    </message>
    <message>
        <location filename="../ui/live/settings_page.py" line="66"/>
        <source>Muted accounts</source>
        <translation>Contas silenciadas</translation>
    </message>
    <message>
        <location filename="../ui/live/settings_page.py" line="69"/>
        <source>Live</source>
        <translation>Ao vivo</translation>
    </message>
    <message>
        <location filename="../ui/live/settings_page.py" line="89"/>
        <source>Not used (not a web address): %1</source>
        <translation>Não usado (não é um endereço web): %1</translation>
    </message>
</context>
<context>
    <name>LiveStatusWords</name>
    <message numerus="yes">
        <location filename="../ui/live/status_text.py" line="27"/>
        <source>%n of %1 source(s) answering</source>
        <translation>
            <numerusform>%n de %1 fonte respondendo</numerusform>
            <numerusform>%n de %1 fontes respondendo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/live/status_text.py" line="30"/>
        <source>%n unreachable</source>
        <translation>
            <numerusform>%n inacessível</numerusform>
            <numerusform>%n inacessíveis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/live/status_text.py" line="33"/>
        <source>%n source(s) unreachable</source>
        <translation>
            <numerusform>%n fonte inacessível</numerusform>
            <numerusform>%n fontes inacessíveis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/live/status_text.py" line="36"/>
        <source>%n source(s) unreachable since %1</source>
        <translation>
            <numerusform>%n fonte inacessível desde %1</numerusform>
            <numerusform>%n fontes inacessíveis desde %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/live/status_text.py" line="39"/>
        <source>next try in %n s</source>
        <translation>
            <numerusform>próxima tentativa em %n s</numerusform>
            <numerusform>próxima tentativa em %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/live/status_text.py" line="42"/>
        <source>next try in %n min</source>
        <translation>
            <numerusform>próxima tentativa em %n min</numerusform>
            <numerusform>próxima tentativa em %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/live/status_text.py" line="45"/>
        <source>%n need(s) a login</source>
        <translation>
            <numerusform>%n exige login</numerusform>
            <numerusform>%n exigem login</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/live/status_text.py" line="48"/>
        <source>%n source(s) need a login: add the account under Accounts</source>
        <translation>
            <numerusform>%n fonte exige login: adicione a conta em Contas</numerusform>
            <numerusform>%n fontes exigem login: adicione a conta em Contas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveView</name>
    <message>
        <location filename="../ui/live/view.py" line="373"/>
        <location filename="../ui/live/view.py" line="374"/>
        <source>Search loaded posts</source>
        <extracomment>below this width (logical pixels) the view is one column below this width the post actions take two rows (a narrower side pane)</extracomment>
        <translation>Pesquisar nas publicações carregadas</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="377"/>
        <source>Network</source>
        <translation>Rede</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="379"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="380"/>
        <source>Media only</source>
        <translation>Só mídia</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="381"/>
        <source>Show only posts with media</source>
        <translation>Mostrar só publicações com mídia</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="382"/>
        <source>Hide reposts</source>
        <translation>Ocultar compartilhamentos</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="383"/>
        <source>Posts</source>
        <translation>Publicações</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="384"/>
        <source>Selected post</source>
        <translation>Publicação selecionada</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="385"/>
        <source>Select a post to read it in full.</source>
        <translation>Selecione uma publicação para lê-la por inteiro.</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="389"/>
        <source>Share in a new post…</source>
        <translation>Compartilhar em uma nova publicação…</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="401"/>
        <source>Share the selected post in a new post</source>
        <translation>Compartilhar a publicação selecionada em uma nova publicação</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="402"/>
        <location filename="../ui/live/view.py" line="403"/>
        <source>Posts per hour</source>
        <translation>Publicações por hora</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="404"/>
        <source>Top contributors</source>
        <translation>Principais participantes</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="405"/>
        <source>Sources</source>
        <translation>Fontes</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="407"/>
        <location filename="../ui/live/view.py" line="408"/>
        <source>State of each source</source>
        <translation>Estado de cada fonte</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="409"/>
        <source>Connection state</source>
        <translation>Estado da conexão</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="375"/>
        <source>Clear the search</source>
        <translation>Limpar a pesquisa</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="376"/>
        <source>&amp;Network:</source>
        <translation>&amp;Rede:</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="378"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="386"/>
        <source>← Back to the posts</source>
        <translation>← Voltar às publicações</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="387"/>
        <source>Back from the post to the list (narrow windows)</source>
        <translation>Voltar da publicação para a lista (janelas estreitas)</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="388"/>
        <source>Share…</source>
        <translation>Compartilhar…</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="390"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="391"/>
        <source>Open the original in the browser</source>
        <translation>Abrir o original no navegador</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="393"/>
        <source>Copy link</source>
        <translation>Copiar link</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="394"/>
        <source>Copy the link to the selected post</source>
        <translation>Copiar o link da publicação selecionada</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="395"/>
        <source>Pictures</source>
        <translation>Imagens</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="396"/>
        <source>View the pictures large</source>
        <translation>Ver as imagens em tamanho grande</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="398"/>
        <source>Mute</source>
        <translation>Silenciar</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="399"/>
        <source>Mute the author: hide their posts</source>
        <translation>Silenciar o autor: ocultar suas publicações</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="410"/>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="411"/>
        <location filename="../ui/live/view.py" line="413"/>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <location filename="../ui/live/view.py" line="412"/>
        <location filename="../ui/live/view.py" line="414"/>
        <source>Show the state of each source</source>
        <translation>Mostrar o estado de cada fonte</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.py" line="131"/>
        <source>Welcome! Everything here works offline: the countdown, your drafts and the library. Add your accounts under Accounts when you have a connection.</source>
        <extracomment>areas built at start even when another one is shown: the countdown owns the reminders, which must fire whichever area the user left open the sidebar shows icons only; ``_rail_chosen`` once the user picked it the end of the app however it comes: a Windows logoff closes no window</extracomment>
        <translation>Boas-vindas! Tudo aqui funciona offline: a contagem regressiva, seus rascunhos e a biblioteca. Adicione suas contas em Contas quando tiver conexão.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="195"/>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="197"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="198"/>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="199"/>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="202"/>
        <source>&amp;Full screen</source>
        <translation>&amp;Tela cheia</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="204"/>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="205"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="206"/>
        <source>&amp;About shareASM Companion</source>
        <translation>&amp;Sobre o shareASM Companion</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="208"/>
        <source>Areas</source>
        <translation>Áreas</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="208"/>
        <source>Choose what to show</source>
        <translation>Escolha o que mostrar</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="282"/>
        <source>Checking connection…</source>
        <translation>Verificando a conexão…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="292"/>
        <source>● Online</source>
        <translation>● Online</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="294"/>
        <source>○ Offline — working from saved data</source>
        <translation>○ Offline — usando dados salvos</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="307"/>
        <source>Network state: %1</source>
        <translation>Estado da rede: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="369"/>
        <source>About shareASM Companion</source>
        <translation>Sobre o shareASM Companion</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="371"/>
        <source>&lt;h3&gt;shareASM Companion %1&lt;/h3&gt;&lt;p&gt;A companion for IIED&apos;s #shareASM digital day on artisanal and small-scale mining: countdown, live posts, offline composing and the programme library.&lt;/p&gt;&lt;p&gt;Licence: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;shareASM Companion %1&lt;/h3&gt;&lt;p&gt;Um companheiro para o dia digital #shareASM do IIED sobre mineração artesanal e de pequena escala (ASM): contagem regressiva, postagens ao vivo, escrita offline e a biblioteca da programação.&lt;/p&gt;&lt;p&gt;Licença: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="402"/>
        <location filename="../ui/main_window.py" line="405"/>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="196"/>
        <source>&amp;Export report…</source>
        <translation>&amp;Exportar relatório…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="203"/>
        <source>Collapse the &amp;sidebar</source>
        <translation>Recolher a &amp;barra lateral</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="284"/>
        <source>Connection check off</source>
        <translation>Verificação de conexão desligada</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="287"/>
        <source>⚠ This network needs you to sign in</source>
        <translation>⚠ Esta rede pede que você entre</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.py" line="290"/>
        <source>◐ Connected, but %n server(s) not answering</source>
        <translation>
            <numerusform>◐ Conectado, mas %n servidor não responde</numerusform>
            <numerusform>◐ Conectado, mas %n servidores não respondem</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="309"/>
        <source>Open the sign-in page</source>
        <translation>Abrir a página de entrada</translation>
    </message>
</context>
<context>
    <name>MastodonDialog</name>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="121"/>
        <source>Add a Mastodon account</source>
        <extracomment>how long the app waits for the browser to come back</extracomment>
        <translation>Adicionar uma conta do Mastodon</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="122"/>
        <source>&amp;Instance:</source>
        <translation>&amp;Instância:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="123"/>
        <source>Mastodon instance address</source>
        <translation>Endereço da instância do Mastodon</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="124"/>
        <source>Ways to log in</source>
        <translation>Formas de entrar</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="125"/>
        <source>Log in with the browser</source>
        <translation>Entrar pelo navegador</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="126"/>
        <source>Paste a code</source>
        <translation>Colar um código</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="127"/>
        <source>Paste an access token</source>
        <translation>Colar um token de acesso</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="130"/>
        <source>Your web browser opens your instance&apos;s login page. Log in there and choose Authorize; the app receives the login by itself. It may only read and publish posts and media, nothing else.</source>
        <translation>Seu navegador abre a página de login da sua instância. Entre lá e escolha Autorizar; o app recebe o login sozinho. Ele só pode ler e publicar postagens e mídia, nada mais.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="135"/>
        <source>&amp;Open the login page</source>
        <translation>&amp;Abrir a página de login</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="136"/>
        <source>Open the login page in the browser</source>
        <translation>Abrir a página de login no navegador</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="139"/>
        <source>If the browser cannot come back to the app, your instance can show a code instead: open the page, authorize, then paste the code here.</source>
        <translation>Se o navegador não conseguir voltar ao app, sua instância pode mostrar um código: abra a página, autorize e cole o código aqui.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="143"/>
        <source>Open the page that shows a &amp;code</source>
        <translation>Abrir a página que mostra um &amp;código</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="144"/>
        <source>Open the page that shows a login code</source>
        <translation>Abrir a página que mostra um código de login</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="145"/>
        <source>Co&amp;de:</source>
        <translation>Códi&amp;go:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="146"/>
        <source>Login code</source>
        <translation>Código de login</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="147"/>
        <source>&amp;Log in with this code</source>
        <translation>&amp;Entrar com este código</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="148"/>
        <source>Log in with this code</source>
        <translation>Entrar com este código</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="151"/>
        <source>On your instance, open Preferences → Development → New application, tick profile (or read:accounts), read:statuses, write:statuses and write:media, save, and copy “Your access token” here.</source>
        <translation>Na sua instância, abra Preferências → Desenvolvimento → Nova aplicação, marque profile (ou read:accounts), read:statuses, write:statuses e write:media, salve e copie “Seu token de acesso” aqui.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="156"/>
        <source>Access &amp;token:</source>
        <translation>&amp;Token de acesso:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="157"/>
        <source>Access token</source>
        <translation>Token de acesso</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="158"/>
        <source>&amp;Add with this token</source>
        <translation>Adicio&amp;nar com este token</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="159"/>
        <source>Add the account with this access token</source>
        <translation>Adicionar a conta com este token de acesso</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="176"/>
        <source>Preparing the login…</source>
        <translation>Preparando o login…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="192"/>
        <source>Waiting for the browser… Log in and choose Authorize on the page.</source>
        <translation>Aguardando o navegador… Entre e escolha Autorizar na página.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="218"/>
        <source>Paste the code the page shows, then choose Log in.</source>
        <translation>Cole o código que a página mostra e escolha Entrar.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="225"/>
        <source>First open the page that shows a code.</source>
        <translation>Primeiro abra a página que mostra um código.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/mastodon_dialog.py" line="238"/>
        <source>Checking the token…</source>
        <translation>Verificando o token…</translation>
    </message>
</context>
<context>
    <name>MediaViewer</name>
    <message>
        <location filename="../ui/live/media_viewer.py" line="124"/>
        <location filename="../ui/live/media_viewer.py" line="130"/>
        <location filename="../ui/live/media_viewer.py" line="131"/>
        <location filename="../ui/live/media_viewer.py" line="319"/>
        <source>Picture</source>
        <extracomment>the largest size a picture is decoded to (memory stays bounded) urls that could not be loaded: said so, not &quot;Loading…&quot; for ever</extracomment>
        <translation>Imagem</translation>
    </message>
    <message>
        <location filename="../ui/live/media_viewer.py" line="125"/>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <location filename="../ui/live/media_viewer.py" line="126"/>
        <source>Next ▶</source>
        <translation>Próxima ▶</translation>
    </message>
    <message>
        <location filename="../ui/live/media_viewer.py" line="127"/>
        <source>Load the full picture</source>
        <translation>Carregar a imagem completa</translation>
    </message>
    <message>
        <location filename="../ui/live/media_viewer.py" line="128"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../ui/live/media_viewer.py" line="134"/>
        <location filename="../ui/live/media_viewer.py" line="136"/>
        <source>Next picture</source>
        <translation>Próxima imagem</translation>
    </message>
    <message>
        <location filename="../ui/live/media_viewer.py" line="133"/>
        <location filename="../ui/live/media_viewer.py" line="137"/>
        <source>Previous picture</source>
        <translation>Imagem anterior</translation>
    </message>
    <message>
        <location filename="../ui/live/media_viewer.py" line="138"/>
        <source>Zoom in</source>
        <translation>Ampliar</translation>
    </message>
    <message>
        <location filename="../ui/live/media_viewer.py" line="139"/>
        <source>Zoom out</source>
        <translation>Reduzir</translation>
    </message>
    <message>
        <location filename="../ui/live/media_viewer.py" line="140"/>
        <source>Fit the picture to the window</source>
        <translation>Ajustar a imagem à janela</translation>
    </message>
    <message>
        <location filename="../ui/live/media_viewer.py" line="225"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../ui/live/media_viewer.py" line="234"/>
        <source>Description: %1</source>
        <translation>Descrição: %1</translation>
    </message>
    <message>
        <location filename="../ui/live/media_viewer.py" line="236"/>
        <source>The author gave no description of this picture.</source>
        <translation>O autor não descreveu esta imagem.</translation>
    </message>
    <message>
        <location filename="../ui/live/media_viewer.py" line="312"/>
        <source>The picture could not be loaded.</source>
        <translation>Não foi possível carregar a imagem.</translation>
    </message>
    <message>
        <location filename="../ui/live/media_viewer.py" line="314"/>
        <source>Loading the picture…</source>
        <translation>Carregando a imagem…</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../ui/message_bar.py" line="40"/>
        <source>Copy report</source>
        <translation>Copiar relatório</translation>
    </message>
    <message>
        <location filename="../ui/message_bar.py" line="41"/>
        <source>Copy the error report</source>
        <translation>Copiar o relatório de erro</translation>
    </message>
    <message>
        <location filename="../ui/message_bar.py" line="42"/>
        <source>Dismiss</source>
        <translation>Dispensar</translation>
    </message>
    <message>
        <location filename="../ui/message_bar.py" line="43"/>
        <source>Dismiss this message</source>
        <translation>Dispensar esta mensagem</translation>
    </message>
</context>
<context>
    <name>NetworkPreview</name>
    <message>
        <location filename="../ui/compose/preview.py" line="71"/>
        <source>Content warning: %1</source>
        <translation>Aviso de conteúdo: %1</translation>
    </message>
    <message>
        <location filename="../ui/compose/preview.py" line="77"/>
        <source>%1 has no content warning: the text is shown openly.</source>
        <translation>%1 não tem aviso de conteúdo: o texto aparece sem aviso.</translation>
    </message>
    <message>
        <location filename="../ui/compose/preview.py" line="85"/>
        <source>Post %1 of %2 · %3 / %4</source>
        <translation>Publicação %1 de %2 · %3 / %4</translation>
    </message>
    <message>
        <location filename="../ui/compose/preview.py" line="120"/>
        <source>Nothing to post yet.</source>
        <translation>Nada para publicar ainda.</translation>
    </message>
    <message>
        <location filename="../ui/compose/preview.py" line="122"/>
        <source>Choose where to post.</source>
        <translation>Escolha onde publicar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/compose/preview.py" line="140"/>
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n publicação</numerusform>
            <numerusform>%n publicações</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxController</name>
    <message>
        <location filename="../ui/compose/outbox_controller.py" line="31"/>
        <source>Queued</source>
        <translation>Na fila</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_controller.py" line="32"/>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_controller.py" line="33"/>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_controller.py" line="34"/>
        <source>Scheduled on server</source>
        <translation>Agendada no servidor</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_controller.py" line="35"/>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_controller.py" line="36"/>
        <source>Needs login</source>
        <translation>Precisa de login</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_controller.py" line="139"/>
        <source>waits until %1 (the app must be running and online then)</source>
        <translation>aguarda até %1 (o app precisa estar aberto e online nesse horário)</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_controller.py" line="144"/>
        <source>%1 — next try %2</source>
        <translation>%1 — nova tentativa %2</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_controller.py" line="174"/>
        <source>%1, %2. Posts are kept here until they are out.</source>
        <translation>%1, %2. As postagens ficam aqui até serem enviadas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/compose/outbox_controller.py" line="179"/>
        <source>%Ln waiting to be sent</source>
        <translation>
            <numerusform>%Ln aguardando envio</numerusform>
            <numerusform>%Ln aguardando envio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/compose/outbox_controller.py" line="183"/>
        <source>%Ln need attention</source>
        <translation>
            <numerusform>%Ln precisa de atenção</numerusform>
            <numerusform>%Ln precisam de atenção</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_controller.py" line="198"/>
        <source>Part %1 of %2</source>
        <translation>Parte %1 de %2</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_controller.py" line="37"/>
        <source>Published early</source>
        <translation>Publicado antes da hora</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_controller.py" line="38"/>
        <source>Needs editing</source>
        <translation>Precisa de edição</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_controller.py" line="134"/>
        <source>will be sent by this computer at %1 (the app must be running and online then)</source>
        <translation>será enviado por este computador às %1 (o aplicativo precisa estar aberto e online nessa hora)</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_controller.py" line="106"/>
        <source>Sent: %1</source>
        <translation>Enviado: %1</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_controller.py" line="108"/>
        <source>Not sent: %1</source>
        <translation>Não enviado: %1</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_rows.py" line="72"/>
        <source>queued %1</source>
        <extracomment>the long explanation shown under the list for the selected row</extracomment>
        <translation>na fila %1</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_rows.py" line="80"/>
        <source>to be posted %1</source>
        <translation>a publicar %1</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_rows.py" line="87"/>
        <source>sent %1</source>
        <translation>enviado %1</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_controller.py" line="39"/>
        <location filename="../ui/compose/outbox_rows.py" line="99"/>
        <source>Ready: open X</source>
        <translation>Pronto: abrir o X</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_rows.py" line="115"/>
        <source>waits for the post before it on this account (%1)</source>
        <translation>aguarda a publicação anterior nesta conta (%1)</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_controller.py" line="102"/>
        <source>Ready to post on the X website: %1</source>
        <extracomment>(draft id, outbox item id): take this post back into the editor</extracomment>
        <translation>Pronto para publicar no site do X: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/compose/outbox_controller.py" line="187"/>
        <source>%Ln ready for you to post on the X website.</source>
        <translation>
            <numerusform>%Ln pronta para você publicar no site do X.</numerusform>
            <numerusform>%Ln prontas para você publicar no site do X.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_rows.py" line="100"/>
        <source>Post it yourself on the X website: one link per part</source>
        <translation>Publique você mesmo no site do X: um link por parte</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_rows.py" line="104"/>
        <source>The app has no posting rights on X. Select each part in turn and press Open link; post the second and later parts as replies to the first. Then press Mark as posted.</source>
        <translation>O aplicativo não tem permissão para publicar no X. Selecione cada parte por vez e pressione Abrir link; publique a segunda parte e as seguintes como respostas à primeira. Depois pressione Marcar como publicado.</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <location filename="../ui/compose/outbox_view.py" line="67"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_view.py" line="68"/>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_view.py" line="69"/>
        <source>Post</source>
        <translation>Postagem</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_view.py" line="70"/>
        <source>Parts</source>
        <translation>Partes</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_view.py" line="71"/>
        <source>Link or reason</source>
        <translation>Link ou motivo</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_view.py" line="74"/>
        <source>Outbox</source>
        <translation>Caixa de saída</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_view.py" line="75"/>
        <source>Send now</source>
        <translation>Enviar agora</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_view.py" line="77"/>
        <source>Try sending everything now</source>
        <translation>Tentar enviar tudo agora</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_view.py" line="79"/>
        <source>Retry</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_view.py" line="81"/>
        <source>Retry the selected post</source>
        <translation>Tentar de novo a postagem selecionada</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_view.py" line="83"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_view.py" line="85"/>
        <source>Remove the selected post from the outbox</source>
        <translation>Remover da caixa de saída a postagem selecionada</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_view.py" line="87"/>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_view.py" line="89"/>
        <source>Take the selected post out of the outbox and edit it</source>
        <translation>Tirar a publicação selecionada da caixa de saída e editá-la</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_view.py" line="93"/>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_view.py" line="100"/>
        <source>Open link</source>
        <translation>Abrir link</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_view.py" line="102"/>
        <source>Open the published post</source>
        <translation>Abrir a postagem publicada</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_view.py" line="94"/>
        <source>Mark as posted</source>
        <translation>Marcar como publicado</translation>
    </message>
    <message>
        <location filename="../ui/compose/outbox_view.py" line="96"/>
        <source>You posted the selected post on the X website: mark it as sent</source>
        <translation>Você publicou a publicação selecionada no site do X: marcar como enviada</translation>
    </message>
</context>
<context>
    <name>PackJobs</name>
    <message numerus="yes">
        <location filename="../ui/library/pack_jobs.py" line="212"/>
        <source>about %Ln min left</source>
        <translation>
            <numerusform>cerca de %Ln min restante</numerusform>
            <numerusform>cerca de %Ln min restantes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhotobookViewer</name>
    <message>
        <location filename="../ui/library/photobook_controls.py" line="129"/>
        <source>← Library</source>
        <extracomment>keys -&gt; the viewer&apos;s method that answers them (Esc, F5 and F11 are the viewer&apos;s own)</extracomment>
        <translation>← Biblioteca</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook_controls.py" line="133"/>
        <source>Back to the library</source>
        <translation>Voltar à biblioteca</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook_controls.py" line="135"/>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook_controls.py" line="139"/>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook_controls.py" line="141"/>
        <source>Next ▶</source>
        <translation>Próxima ▶</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook_controls.py" line="145"/>
        <source>Next page</source>
        <translation>Próxima página</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook_controls.py" line="147"/>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook_controls.py" line="149"/>
        <source>Fit the page to the window</source>
        <translation>Ajustar a página à janela</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook_controls.py" line="151"/>
        <source>Zoom +</source>
        <translation>Zoom +</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook_controls.py" line="152"/>
        <source>Zoom in</source>
        <translation>Aumentar zoom</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook_controls.py" line="153"/>
        <source>Zoom −</source>
        <translation>Zoom −</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook_controls.py" line="154"/>
        <source>Zoom out</source>
        <translation>Diminuir zoom</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook_controls.py" line="156"/>
        <source>Leave presentation</source>
        <translation>Sair da apresentação</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook_controls.py" line="158"/>
        <source>Present</source>
        <translation>Apresentar</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook_controls.py" line="163"/>
        <source>Presentation mode (full screen)</source>
        <translation>Modo de apresentação (tela cheia)</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook_controls.py" line="166"/>
        <source>F5 or F11; Esc to leave</source>
        <translation>F5 ou F11; Esc para sair</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook_controls.py" line="168"/>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook_controls.py" line="170"/>
        <source>Actual size (drag to move the page)</source>
        <translation>Tamanho real (arraste para mover a página)</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook_controls.py" line="173"/>
        <source>1; drag the page to move it</source>
        <translation>1; arraste a página para movê-la</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook_controls.py" line="177"/>
        <source>Show the row of pages</source>
        <translation>Mostrar a fileira de páginas</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook_controls.py" line="180"/>
        <source>T shows or hides the row of pages</source>
        <translation>T mostra ou oculta a fileira de páginas</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook_controls.py" line="184"/>
        <source>Show the caption</source>
        <translation>Mostrar a legenda</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook_controls.py" line="187"/>
        <source>C shows or hides the caption</source>
        <translation>C mostra ou oculta a legenda</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook_controls.py" line="190"/>
        <source>Send to composer</source>
        <translation>Enviar para o editor</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook_controls.py" line="192"/>
        <source>Start a post about this page</source>
        <translation>Começar uma postagem sobre esta página</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook.py" line="111"/>
        <location filename="../ui/library/photobook.py" line="292"/>
        <source>Photobook page</source>
        <extracomment>the zoom index meaning &quot;100 %&quot;: one image pixel on one screen pixel a box larger than any page: decoding never enlarges, so this gives the page&apos;s own size the facing page&apos;s request in a two-page spread width / height of the last page decoded (0: not known yet) the thumbnails asked for the edition shown (others are stale: dropped)</extracomment>
        <translation>Página do fotolivro</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook.py" line="112"/>
        <location filename="../ui/library/photobook_controls.py" line="182"/>
        <source>Caption</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook.py" line="113"/>
        <location filename="../ui/library/photobook_controls.py" line="175"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook_controls.py" line="195"/>
        <source>Switch language, same page</source>
        <translation>Mudar de idioma, mesma página</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook_controls.py" line="238"/>
        <source>Present on screen %1 (%2)</source>
        <translation>Apresentar na tela %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook_controls.py" line="247"/>
        <source>Screen for the presentation</source>
        <translation>Tela da apresentação</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook_controls.py" line="211"/>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook_controls.py" line="204"/>
        <source>Pages %1–%2 of %3</source>
        <translation>Páginas %1–%2 de %3</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook.py" line="327"/>
        <source>This page cannot be shown (the file is damaged).</source>
        <translation>Esta página não pode ser exibida (o arquivo está danificado).</translation>
    </message>
    <message>
        <location filename="../ui/library/photobook.py" line="364"/>
        <location filename="../ui/library/photobook_controls.py" line="274"/>
        <source>page %1</source>
        <translation>página %1</translation>
    </message>
</context>
<context>
    <name>PostDelegate</name>
    <message>
        <location filename="../ui/live/delegate.py" line="96"/>
        <source>Image</source>
        <extracomment>a run of characters without a space</extracomment>
        <translation>Imagem</translation>
    </message>
    <message>
        <location filename="../ui/live/delegate.py" line="97"/>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <location filename="../ui/live/delegate.py" line="98"/>
        <source>Animation</source>
        <translation>Animação</translation>
    </message>
    <message>
        <location filename="../ui/live/delegate.py" line="99"/>
        <source>Audio</source>
        <translation>Áudio</translation>
    </message>
    <message>
        <location filename="../ui/live/delegate.py" line="100"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../ui/live/delegate.py" line="102"/>
        <source>Attachment</source>
        <translation>Anexo</translation>
    </message>
    <message>
        <location filename="../ui/live/delegate.py" line="159"/>
        <location filename="../ui/live/post_model.py" line="62"/>
        <source>Reposted by @%1</source>
        <extracomment>the app&apos;s clock, for relative times (&quot;5 min&quot;); absolute times without it posts whose media the user asked for in data-saver mode a text block as drawn (with break opportunities) and its height, per width: measured for the row&apos;s size, reused when it is painted (issue 19) the fonts and metrics worked out from the view&apos;s font (issue 19: four QFont and QFontMetrics made per row painted) where each post&apos;s pictures were last painted (viewport coordinates), and which of its media each one shows: a click there opens the media viewer</extracomment>
        <translation>Compartilhado por @%1</translation>
    </message>
    <message>
        <location filename="../ui/live/delegate.py" line="163"/>
        <source>Content warning: %1 (click to show)</source>
        <translation>Aviso de conteúdo: %1 (clique para mostrar)</translation>
    </message>
    <message>
        <location filename="../ui/live/delegate.py" line="170"/>
        <location filename="../ui/live/post_model.py" line="75"/>
        <source>Content warning: %1</source>
        <translation>Aviso de conteúdo: %1</translation>
    </message>
    <message>
        <location filename="../ui/live/delegate.py" line="180"/>
        <location filename="../ui/live/post_model.py" line="40"/>
        <source>no description</source>
        <extracomment>rows handed to the view first (Qt&apos;s ``canFetchMore``/``fetchMore``, asked when the reader scrolls to the end): the view measures and lays out only the rows it has, so 10,000 posts cost no more to show than a screenful (issue 19)</extracomment>
        <translation>sem descrição</translation>
    </message>
    <message>
        <location filename="../ui/live/delegate.py" line="183"/>
        <source>%1 marked sensitive (click to show)</source>
        <translation>%1 marcado como sensível (clique para mostrar)</translation>
    </message>
    <message>
        <location filename="../ui/live/delegate.py" line="189"/>
        <source>▸ %1: %2 (click to load the picture)</source>
        <translation>▸ %1: %2 (clique para carregar a imagem)</translation>
    </message>
    <message>
        <location filename="../ui/live/delegate.py" line="308"/>
        <source>edited</source>
        <translation>editado</translation>
    </message>
    <message>
        <location filename="../ui/live/post_model.py" line="53"/>
        <source>%1 (@%2) on %3, %4</source>
        <translation>%1 (@%2) no %3, %4</translation>
    </message>
    <message>
        <location filename="../ui/live/post_model.py" line="68"/>
        <source>Content warning: %1 (text hidden, press Enter to show)</source>
        <translation>Aviso de conteúdo: %1 (texto oculto, pressione Enter para mostrar)</translation>
    </message>
    <message>
        <location filename="../ui/live/delegate.py" line="474"/>
        <source>ALT</source>
        <extracomment>a colour never drawn with (the row is only measured) the flags and roles a row is painted with, looked up once: each Qt enum member read or combined costs ~0.3–1 µs in Python, dozens of them a row (issue 19) (metrics, text, width) → the text elided to the width and its advance: the header&apos;s names, handles, badges and times repeat from row to row (issue 19: ~20 µs of every row painted)</extracomment>
        <translation>ALT</translation>
    </message>
</context>
<context>
    <name>PostListModel</name>
    <message numerus="yes">
        <location filename="../ui/live/post_model.py" line="138"/>
        <source>%n picture(s)</source>
        <extracomment>how many of ``_rows`` the view has been given uris whose content warning was opened / sensitive media revealed</extracomment>
        <translation>
            <numerusform>%n imagem</numerusform>
            <numerusform>%n imagens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewCard</name>
    <message numerus="yes">
        <location filename="../ui/compose/preview.py" line="65"/>
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n publicação</numerusform>
            <numerusform>%n publicações</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/compose/preview.py" line="92"/>
        <source>%n picture(s)</source>
        <translation>
            <numerusform>%n imagem</numerusform>
            <numerusform>%n imagens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PublicationViewer</name>
    <message>
        <location filename="../ui/library/publication.py" line="108"/>
        <source>← Library</source>
        <translation>← Biblioteca</translation>
    </message>
    <message>
        <location filename="../ui/library/publication.py" line="109"/>
        <source>Back to the library</source>
        <translation>Voltar à biblioteca</translation>
    </message>
    <message>
        <location filename="../ui/library/publication.py" line="110"/>
        <source>Page number</source>
        <translation>Número da página</translation>
    </message>
    <message>
        <location filename="../ui/library/publication.py" line="111"/>
        <source>Zoom −</source>
        <translation>Zoom −</translation>
    </message>
    <message>
        <location filename="../ui/library/publication.py" line="112"/>
        <source>Zoom out</source>
        <translation>Diminuir zoom</translation>
    </message>
    <message>
        <location filename="../ui/library/publication.py" line="113"/>
        <source>Fit width</source>
        <translation>Ajustar largura</translation>
    </message>
    <message>
        <location filename="../ui/library/publication.py" line="114"/>
        <source>Fit the page width</source>
        <translation>Ajustar à largura da página</translation>
    </message>
    <message>
        <location filename="../ui/library/publication.py" line="115"/>
        <source>Zoom +</source>
        <translation>Zoom +</translation>
    </message>
    <message>
        <location filename="../ui/library/publication.py" line="116"/>
        <source>Zoom in</source>
        <translation>Aumentar zoom</translation>
    </message>
    <message>
        <location filename="../ui/library/publication.py" line="117"/>
        <location filename="../ui/library/publication.py" line="118"/>
        <source>Find in this document</source>
        <translation>Buscar neste documento</translation>
    </message>
    <message>
        <location filename="../ui/library/publication.py" line="119"/>
        <location filename="../ui/library/publication.py" line="120"/>
        <source>Next match</source>
        <translation>Próxima ocorrência</translation>
    </message>
    <message>
        <location filename="../ui/library/publication.py" line="121"/>
        <source>Open with system viewer</source>
        <translation>Abrir no visualizador do sistema</translation>
    </message>
    <message>
        <location filename="../ui/library/publication.py" line="122"/>
        <source>Open with the system&apos;s PDF viewer</source>
        <translation>Abrir com o visualizador de PDF do sistema</translation>
    </message>
    <message>
        <location filename="../ui/library/publication.py" line="123"/>
        <source>Send to composer</source>
        <translation>Enviar para o editor</translation>
    </message>
    <message>
        <location filename="../ui/library/publication.py" line="124"/>
        <source>Start a post about this publication</source>
        <translation>Começar uma postagem sobre esta publicação</translation>
    </message>
    <message>
        <location filename="../ui/library/publication.py" line="125"/>
        <source>Publication</source>
        <translation>Publicação</translation>
    </message>
    <message>
        <location filename="../ui/library/publication.py" line="152"/>
        <source>of %1</source>
        <translation>de %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/library/publication.py" line="189"/>
        <source>%Ln matches</source>
        <translation>
            <numerusform>%Ln ocorrência</numerusform>
            <numerusform>%Ln ocorrências</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/library/publication.py" line="208"/>
        <source>page %1</source>
        <translation>página %1</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <location filename="../ui/qt_own_strings.py" line="105"/>
        <source>&amp;Select All</source>
        <translation>&amp;Selecionar tudo</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="106"/>
        <source>&amp;Step up</source>
        <translation>Pa&amp;sso acima</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="107"/>
        <source>Step &amp;down</source>
        <translation>Passo &amp;abaixo</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../ui/qt_own_strings.py" line="49"/>
        <source>Look in:</source>
        <translation>Procurar em:</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="50"/>
        <source>File &amp;name:</source>
        <translation>&amp;Nome do arquivo:</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="51"/>
        <source>Files of type:</source>
        <translation>Arquivos do tipo:</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="52"/>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="53"/>
        <source>&amp;Choose</source>
        <translation>Es&amp;colher</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="54"/>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="55"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="56"/>
        <source>All Files (*)</source>
        <translation>Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="57"/>
        <source>Directory:</source>
        <translation>Pasta:</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="58"/>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="59"/>
        <source>Forward</source>
        <translation>Avançar</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="60"/>
        <source>Parent Directory</source>
        <translation>Pasta superior</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="61"/>
        <source>Create New Folder</source>
        <translation>Criar nova pasta</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="62"/>
        <source>List View</source>
        <translation>Exibição em lista</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="63"/>
        <source>Detail View</source>
        <translation>Exibição detalhada</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="64"/>
        <source>Go back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="65"/>
        <source>Go forward</source>
        <translation>Avançar</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="66"/>
        <source>Go to the parent directory</source>
        <translation>Ir para a pasta superior</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="67"/>
        <source>Create a New Folder</source>
        <translation>Cria uma nova pasta</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="68"/>
        <source>Change to list view mode</source>
        <translation>Alterar para o modo de exibição em lista</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="69"/>
        <source>Change to detail view mode</source>
        <translation>Alterar para o modo de exibição detalhada</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="70"/>
        <source>Recent Places</source>
        <translation>Locais recentes</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="71"/>
        <source>My Computer</source>
        <translation>Meu computador</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="72"/>
        <source>New Folder</source>
        <translation>Nova pasta</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="73"/>
        <source>&amp;New Folder</source>
        <translation>&amp;Nova pasta</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="74"/>
        <source>&amp;Rename</source>
        <translation>&amp;Renomear</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="75"/>
        <source>&amp;Delete</source>
        <translation>E&amp;xcluir</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="76"/>
        <source>Show &amp;hidden files</source>
        <translation>Mostrar arquivos &amp;ocultos</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="77"/>
        <source>Sidebar</source>
        <translation>Barra lateral</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="78"/>
        <source>List of places and bookmarks</source>
        <translation>Lista de locais e favoritos</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="79"/>
        <source>Files</source>
        <translation>Arquivos</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../ui/qt_own_strings.py" line="80"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="81"/>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="82"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="83"/>
        <source>Date Modified</source>
        <translation>Data de modificação</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="84"/>
        <source>Computer</source>
        <translation>Computador</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="85"/>
        <source>My Computer</source>
        <translation>Meu computador</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../ui/qt_own_strings.py" line="90"/>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="91"/>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="92"/>
        <source>Cu&amp;t</source>
        <translation>Recor&amp;tar</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="93"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="94"/>
        <source>&amp;Paste</source>
        <translation>C&amp;olar</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="95"/>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="96"/>
        <source>Select All</source>
        <translation>Selecionar tudo</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../ui/qt_own_strings.py" line="43"/>
        <source>Show Details...</source>
        <translation>Mostrar detalhes...</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="44"/>
        <source>Hide Details...</source>
        <translation>Ocultar detalhes...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../ui/qt_own_strings.py" line="23"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="24"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="25"/>
        <source>&amp;Yes</source>
        <translation>&amp;Sim</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="26"/>
        <source>&amp;No</source>
        <translation>&amp;Não</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="27"/>
        <source>Yes to &amp;All</source>
        <translation>Sim par&amp;a tudo</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="28"/>
        <source>N&amp;o to All</source>
        <translation>Nã&amp;o para tudo</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="29"/>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="30"/>
        <source>Save All</source>
        <translation>Salvar tudo</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="31"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="32"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="33"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="34"/>
        <source>Don&apos;t Save</source>
        <translation>Não salvar</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="35"/>
        <source>Close without Saving</source>
        <translation>Fechar sem salvar</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="36"/>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="37"/>
        <source>Reset</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="38"/>
        <source>Restore Defaults</source>
        <translation>Restaurar padrões</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="39"/>
        <source>Help</source>
        <translation>Ajuda</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="40"/>
        <source>Abort</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="41"/>
        <source>Retry</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="42"/>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <location filename="../ui/qt_own_strings.py" line="108"/>
        <source>Scroll here</source>
        <translation>Rolar aqui</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="109"/>
        <source>Top</source>
        <translation>Superior</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="110"/>
        <source>Bottom</source>
        <translation>Inferior</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="111"/>
        <source>Left edge</source>
        <translation>Borda esquerda</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="112"/>
        <source>Right edge</source>
        <translation>Borda direita</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="113"/>
        <source>Page up</source>
        <translation>Página acima</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="114"/>
        <source>Page down</source>
        <translation>Página abaixo</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="115"/>
        <source>Page left</source>
        <translation>Página à esquerda</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="116"/>
        <source>Page right</source>
        <translation>Página à direita</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="117"/>
        <source>Scroll up</source>
        <translation>Rolar para cima</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="118"/>
        <source>Scroll down</source>
        <translation>Rolar para baixo</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="119"/>
        <source>Scroll left</source>
        <translation>Rolar à esquerda</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="120"/>
        <source>Scroll right</source>
        <translation>Rolar à direita</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../ui/qt_own_strings.py" line="97"/>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="98"/>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="99"/>
        <source>Cu&amp;t</source>
        <translation>Recor&amp;tar</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="100"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="101"/>
        <source>&amp;Paste</source>
        <translation>Co&amp;lar</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="102"/>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="103"/>
        <source>Select All</source>
        <translation>Selecionar tudo</translation>
    </message>
    <message>
        <location filename="../ui/qt_own_strings.py" line="104"/>
        <source>Copy &amp;Link Location</source>
        <translation>Copiar localização do &amp;link</translation>
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
    <message>
        <location filename="../ui/live/relative.py" line="40"/>
        <source>now</source>
        <translation>agora</translation>
    </message>
    <message>
        <location filename="../ui/live/relative.py" line="49"/>
        <source>yesterday</source>
        <translation>ontem</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../core/live/report.py" line="60"/>
        <source>Period</source>
        <extracomment>the formats ``report --out`` writes, by file extension the CSV columns (stable: spreadsheets and scripts read them by name) the report&apos;s headings (marked here: lupdate does not read inside f-strings)</extracomment>
        <translation>Período</translation>
    </message>
    <message>
        <location filename="../core/live/report.py" line="61"/>
        <source>Made</source>
        <translation>Gerado em</translation>
    </message>
    <message>
        <location filename="../core/live/report.py" line="62"/>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <location filename="../core/live/report.py" line="63"/>
        <source>No posts were stored for this period.</source>
        <translation>Nenhuma publicação foi guardada neste período.</translation>
    </message>
    <message>
        <location filename="../core/live/report.py" line="64"/>
        <source>Posts per hour</source>
        <translation>Publicações por hora</translation>
    </message>
    <message>
        <location filename="../core/live/report.py" line="65"/>
        <source>Hour</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../core/live/report.py" line="66"/>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <location filename="../core/live/report.py" line="67"/>
        <source>Top contributors</source>
        <translation>Principais participantes</translation>
    </message>
    <message>
        <location filename="../core/live/report.py" line="68"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location filename="../core/live/report.py" line="69"/>
        <source>Most shared</source>
        <translation>Mais compartilhados</translation>
    </message>
    <message>
        <location filename="../core/live/report.py" line="70"/>
        <source>Reposted posts</source>
        <translation>Publicações repostadas</translation>
    </message>
    <message>
        <location filename="../core/live/report.py" line="71"/>
        <source>reposted by</source>
        <translation>repostado por</translation>
    </message>
    <message>
        <location filename="../core/live/report.py" line="72"/>
        <source>Every post</source>
        <translation>Todas as publicações</translation>
    </message>
    <message>
        <location filename="../core/live/report.py" line="171"/>
        <source>The day&apos;s report</source>
        <translation>O relatório do dia</translation>
    </message>
    <message>
        <location filename="../core/live/report.py" line="198"/>
        <source>Unique posts after dedupe</source>
        <translation>Publicações únicas sem duplicatas</translation>
    </message>
    <message>
        <location filename="../core/live/report.py" line="199"/>
        <source>Copies read</source>
        <translation>Cópias lidas</translation>
    </message>
    <message>
        <location filename="../core/live/report.py" line="201"/>
        <source>Contributors</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location filename="../core/live/report.py" line="204"/>
        <source>Networks</source>
        <translation>Redes</translation>
    </message>
    <message>
        <location filename="../core/live/report.py" line="234"/>
        <source>not stated</source>
        <translation>não indicado</translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <location filename="../ui/live/export_report.py" line="63"/>
        <source>Export the day&apos;s report</source>
        <translation>Exportar o relatório do dia</translation>
    </message>
    <message>
        <location filename="../ui/live/export_report.py" line="65"/>
        <source>PDF (*.pdf);;Web page (*.html);;Spreadsheet (*.csv)</source>
        <translation>PDF (*.pdf);;Página web (*.html);;Planilha (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/live/export_report.py" line="87"/>
        <source>The report (%n post(s)) was saved to %1.</source>
        <translation>
            <numerusform>O relatório (%n publicação) foi salvo em %1.</numerusform>
            <numerusform>O relatório (%n publicações) foi salvo em %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settings_dialog.py" line="102"/>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="103"/>
        <source>Settings sections</source>
        <translation>Seções das configurações</translation>
    </message>
</context>
<context>
    <name>SharePanel</name>
    <message>
        <location filename="../ui/library/share_panel.py" line="149"/>
        <source>Share at the venue</source>
        <translation>Compartilhar no local</translation>
    </message>
    <message>
        <location filename="../ui/library/share_panel.py" line="150"/>
        <source>Share packs with the laptops around you, no internet</source>
        <translation>Compartilhe pacotes com os computadores ao seu redor, sem internet</translation>
    </message>
    <message>
        <location filename="../ui/library/share_panel.py" line="151"/>
        <location filename="../ui/library/share_panel.py" line="152"/>
        <source>Share my packs on this network</source>
        <translation>Compartilhar meus pacotes nesta rede</translation>
    </message>
    <message>
        <location filename="../ui/library/nearby_shares.py" line="128"/>
        <source>Look for nearby shares</source>
        <extracomment>the app&apos;s clock, for the HTTP clients of the LAN</extracomment>
        <translation>Procurar compartilhamentos próximos</translation>
    </message>
    <message>
        <location filename="../ui/library/nearby_shares.py" line="130"/>
        <source>Address of a share</source>
        <translation>Endereço de um compartilhamento</translation>
    </message>
    <message>
        <location filename="../ui/library/nearby_shares.py" line="133"/>
        <source>The address another laptop shows, e.g. 192.168.1.20:8737</source>
        <translation>O endereço que o outro computador mostra, p. ex. 192.168.1.20:8737</translation>
    </message>
    <message>
        <location filename="../ui/library/nearby_shares.py" line="137"/>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <location filename="../ui/library/nearby_shares.py" line="138"/>
        <source>Add this share</source>
        <translation>Adicionar este compartilhamento</translation>
    </message>
    <message>
        <location filename="../ui/library/nearby_shares.py" line="139"/>
        <source>Get this pack</source>
        <translation>Obter este pacote</translation>
    </message>
    <message>
        <location filename="../ui/library/nearby_shares.py" line="140"/>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <location filename="../ui/library/nearby_shares.py" line="142"/>
        <source>Packs on nearby laptops</source>
        <translation>Pacotes nos computadores próximos</translation>
    </message>
    <message>
        <location filename="../ui/library/share_panel.py" line="153"/>
        <source>QR code of this laptop&apos;s share address</source>
        <translation>Código QR do endereço de compartilhamento deste computador</translation>
    </message>
    <message>
        <location filename="../ui/library/share_panel.py" line="161"/>
        <source>Others can get your packs at:
%1</source>
        <translation>Outros podem obter seus pacotes em:
%1</translation>
    </message>
    <message>
        <location filename="../ui/library/share_panel.py" line="163"/>
        <source>Sharing at %1</source>
        <translation>Compartilhando em %1</translation>
    </message>
    <message>
        <location filename="../ui/library/share_panel.py" line="165"/>
        <source>Off. Turn it on to let laptops nearby copy your packs.</source>
        <translation>Desligado. Ligue para que computadores próximos copiem seus pacotes.</translation>
    </message>
    <message>
        <location filename="../ui/library/share_panel.py" line="180"/>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <location filename="../ui/library/nearby_shares.py" line="152"/>
        <source>Looking for shares on this network…</source>
        <translation>Procurando compartilhamentos nesta rede…</translation>
    </message>
    <message>
        <location filename="../ui/library/nearby_shares.py" line="185"/>
        <source>Asking %1…</source>
        <translation>Consultando %1…</translation>
    </message>
    <message>
        <location filename="../ui/library/nearby_shares.py" line="204"/>
        <source>No share found. Ask for the address shown on the other laptop.</source>
        <translation>Nenhum compartilhamento encontrado. Peça o endereço mostrado no outro computador.</translation>
    </message>
    <message>
        <location filename="../ui/library/nearby_shares.py" line="224"/>
        <source>%1 (version %2, %3 MB) on %4</source>
        <translation>%1 (versão %2, %3 MB) em %4</translation>
    </message>
    <message>
        <location filename="../ui/library/nearby_shares.py" line="231"/>
        <source>not signed: cannot be taken from another laptop</source>
        <translation>não assinado: não pode ser obtido de outro computador</translation>
    </message>
    <message>
        <location filename="../ui/library/nearby_shares.py" line="241"/>
        <source>from %1 (trusted)</source>
        <translation>de %1 (confiável)</translation>
    </message>
    <message>
        <location filename="../ui/library/nearby_shares.py" line="245"/>
        <source>unknown publisher, key %1</source>
        <translation>editor desconhecido, chave %1</translation>
    </message>
    <message>
        <location filename="../ui/library/nearby_shares.py" line="291"/>
        <location filename="../ui/library/nearby_shares.py" line="313"/>
        <source>Checking the pack&apos;s publisher…</source>
        <translation>Verificando o editor do pacote…</translation>
    </message>
    <message>
        <location filename="../ui/library/nearby_shares.py" line="326"/>
        <source>The other laptop is sending to others; waiting for a turn…</source>
        <translation>O outro computador está enviando para outros; aguardando a vez…</translation>
    </message>
    <message>
        <location filename="../ui/library/nearby_shares.py" line="333"/>
        <source>%1 of %2 MB</source>
        <translation>%1 de %2 MB</translation>
    </message>
    <message>
        <location filename="../ui/library/nearby_shares.py" line="338"/>
        <source>%1 MB/s</source>
        <translation>%1 MB/s</translation>
    </message>
    <message>
        <location filename="../ui/library/nearby_shares.py" line="342"/>
        <source>Installing the pack…</source>
        <translation>Instalando o pacote…</translation>
    </message>
    <message>
        <location filename="../ui/library/nearby_shares.py" line="351"/>
        <source>You already have this pack (version %1).</source>
        <translation>Você já tem este pacote (versão %1).</translation>
    </message>
    <message>
        <location filename="../ui/library/nearby_shares.py" line="357"/>
        <source>Pack version %1 installed (%2 MB copied).</source>
        <translation>Pacote versão %1 instalado (%2 MB copiados).</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../ui/shortcuts.py" line="25"/>
        <source>Move to the next / previous control</source>
        <translation>Ir para o controle seguinte / anterior</translation>
    </message>
    <message>
        <location filename="../ui/shortcuts.py" line="29"/>
        <source>Photobook: next page</source>
        <translation>Fotolivro: próxima página</translation>
    </message>
    <message>
        <location filename="../ui/shortcuts.py" line="33"/>
        <source>Photobook: previous page</source>
        <translation>Fotolivro: página anterior</translation>
    </message>
    <message>
        <location filename="../ui/shortcuts.py" line="37"/>
        <source>Photobook: first / last page</source>
        <translation>Fotolivro: primeira / última página</translation>
    </message>
    <message>
        <location filename="../ui/shortcuts.py" line="41"/>
        <source>Photobook: zoom in / zoom out / fit</source>
        <translation>Fotolivro: aumentar / diminuir zoom / ajustar</translation>
    </message>
    <message>
        <location filename="../ui/shortcuts.py" line="45"/>
        <source>Photobook: actual size (100 %); drag the page to move it</source>
        <translation>Fotolivro: tamanho real (100 %); arraste a página para movê-la</translation>
    </message>
    <message>
        <location filename="../ui/shortcuts.py" line="51"/>
        <source>Photobook: show or hide the row of pages</source>
        <translation>Fotolivro: mostrar ou ocultar a fileira de páginas</translation>
    </message>
    <message>
        <location filename="../ui/shortcuts.py" line="55"/>
        <source>Photobook: show or hide the caption</source>
        <translation>Fotolivro: mostrar ou ocultar a legenda</translation>
    </message>
    <message>
        <location filename="../ui/shortcuts.py" line="59"/>
        <source>Photobook: same page in the other language</source>
        <translation>Fotolivro: mesma página no outro idioma</translation>
    </message>
    <message>
        <location filename="../ui/shortcuts.py" line="63"/>
        <source>Photobook: presentation mode</source>
        <translation>Fotolivro: modo de apresentação</translation>
    </message>
    <message>
        <location filename="../ui/shortcuts.py" line="67"/>
        <source>Photobook: leave presentation or go back to the library</source>
        <translation>Fotolivro: sair da apresentação ou voltar à biblioteca</translation>
    </message>
</context>
<context>
    <name>TargetRow</name>
    <message>
        <location filename="../ui/compose/targets.py" line="67"/>
        <source>Post to %1</source>
        <translation>Postar em %1</translation>
    </message>
    <message>
        <location filename="../ui/compose/targets.py" line="73"/>
        <source>Length for %1</source>
        <translation>Tamanho para %1</translation>
    </message>
    <message>
        <location filename="../ui/compose/targets.py" line="78"/>
        <source>needs login; posts wait in the outbox</source>
        <translation>precisa de login; as postagens aguardam na caixa de saída</translation>
    </message>
    <message>
        <location filename="../ui/compose/targets.py" line="82"/>
        <source>posts through the X website: you press Post there</source>
        <translation>publica pelo site do X: você clica em Postar lá</translation>
    </message>
    <message>
        <location filename="../ui/compose/targets.py" line="111"/>
        <source> · %1 / %2 bytes</source>
        <translation> · %1 / %2 bytes</translation>
    </message>
    <message>
        <location filename="../ui/compose/targets.py" line="116"/>
        <source> — too long: thread</source>
        <translation> — longo demais: sequência</translation>
    </message>
</context>
<context>
    <name>ThreadPreview</name>
    <message>
        <location filename="../ui/compose/thread_preview.py" line="92"/>
        <source>part %1 is too long for %2</source>
        <extracomment>a line holding only &quot;---&quot; separates the parts the user edits the user&apos;s edited parts a change of the text replaced (they can have them back)</extracomment>
        <translation>a parte %1 é longa demais para %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/compose/thread_preview.py" line="96"/>
        <source>%n parts.</source>
        <translation>
            <numerusform>%n parte.</numerusform>
            <numerusform>%n partes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/compose/thread_preview.py" line="98"/>
        <source>The text changed, so the thread was split again.</source>
        <translation>O texto mudou, então a sequência foi dividida de novo.</translation>
    </message>
</context>
<context>
    <name>TrustGate</name>
    <message>
        <location filename="../ui/library/trust_dialog.py" line="55"/>
        <source>Unknown publisher</source>
        <translation>Editor desconhecido</translation>
    </message>
    <message>
        <location filename="../ui/library/trust_dialog.py" line="57"/>
        <source>This pack is signed with the SAMPLE key, which anyone can use. Install it only if you made it yourself for testing.</source>
        <translation>Este pacote é assinado com a chave de EXEMPLO, que qualquer pessoa pode usar. Instale somente se você mesmo o fez para testes.</translation>
    </message>
    <message>
        <location filename="../ui/library/trust_dialog.py" line="63"/>
        <source>This pack is signed by a key this computer does not trust yet. It claims to come from: %1</source>
        <translation>Este pacote é assinado por uma chave em que este computador ainda não confia. Ele diz vir de: %1</translation>
    </message>
    <message>
        <location filename="../ui/library/trust_dialog.py" line="67"/>
        <source>(no name)</source>
        <translation>(sem nome)</translation>
    </message>
    <message>
        <location filename="../ui/library/trust_dialog.py" line="70"/>
        <source>Key fingerprint:
%1

Install it only if the publisher gave you this same fingerprint.</source>
        <translation>Impressão digital da chave:
%1

Instale somente se o editor lhe deu esta mesma impressão digital.</translation>
    </message>
    <message>
        <location filename="../ui/library/trust_dialog.py" line="77"/>
        <source>Install (key %1)</source>
        <translation>Instalar (chave %1)</translation>
    </message>
</context>
<context>
    <name>TrustedKeysSettingsPage</name>
    <message>
        <location filename="../ui/library/trust_page.py" line="78"/>
        <source>Packs signed by these publishers install without asking. A pack from anyone else needs your explicit choice, and packs are taken from other laptops only when signed.</source>
        <translation>Pacotes assinados por estes editores são instalados sem perguntar. Um pacote de qualquer outro precisa da sua escolha explícita, e pacotes só são obtidos de outros computadores quando assinados.</translation>
    </message>
    <message>
        <location filename="../ui/library/trust_page.py" line="83"/>
        <source>Trusted publishers</source>
        <translation>Editores confiáveis</translation>
    </message>
    <message>
        <location filename="../ui/library/trust_page.py" line="84"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location filename="../ui/library/trust_page.py" line="85"/>
        <source>Remove the selected publisher</source>
        <translation>Remover o editor selecionado</translation>
    </message>
    <message>
        <location filename="../ui/library/trust_page.py" line="86"/>
        <location filename="../ui/library/trust_page.py" line="88"/>
        <source>Public key</source>
        <translation>Chave pública</translation>
    </message>
    <message>
        <location filename="../ui/library/trust_page.py" line="87"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../ui/library/trust_page.py" line="89"/>
        <source>the line in the publisher&apos;s .pub file</source>
        <translation>a linha do arquivo .pub do editor</translation>
    </message>
    <message>
        <location filename="../ui/library/trust_page.py" line="90"/>
        <source>Publisher&apos;s name</source>
        <translation>Nome do editor</translation>
    </message>
    <message>
        <location filename="../ui/library/trust_page.py" line="91"/>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <location filename="../ui/library/trust_page.py" line="92"/>
        <source>Trust this key</source>
        <translation>Confiar nesta chave</translation>
    </message>
    <message>
        <location filename="../ui/library/trust_page.py" line="96"/>
        <source>Publishers</source>
        <translation>Editores</translation>
    </message>
    <message>
        <location filename="../ui/library/trust_page.py" line="106"/>
        <source>%1 — sample, only for the sample pack that comes with the app
%2</source>
        <translation>%1 — exemplo, só para o pacote de exemplo que vem com o aplicativo
%2</translation>
    </message>
</context>
<context>
    <name>VideoViewer</name>
    <message>
        <location filename="../ui/library/video.py" line="64"/>
        <source>← Library</source>
        <translation>← Biblioteca</translation>
    </message>
    <message>
        <location filename="../ui/library/video.py" line="65"/>
        <source>Back to the library</source>
        <translation>Voltar à biblioteca</translation>
    </message>
    <message>
        <location filename="../ui/library/video.py" line="66"/>
        <source>Play / pause</source>
        <translation>Reproduzir / pausar</translation>
    </message>
    <message>
        <location filename="../ui/library/video.py" line="67"/>
        <source>Play or pause the video</source>
        <translation>Reproduzir ou pausar o vídeo</translation>
    </message>
    <message>
        <location filename="../ui/library/video.py" line="68"/>
        <source>Open with system player</source>
        <translation>Abrir no player do sistema</translation>
    </message>
    <message>
        <location filename="../ui/library/video.py" line="69"/>
        <source>Open with the system&apos;s video player</source>
        <translation>Abrir com o player de vídeo do sistema</translation>
    </message>
    <message>
        <location filename="../ui/library/video.py" line="73"/>
        <source>Videos cannot play inside the app on this computer. Use the system player instead.</source>
        <translation>Os vídeos não podem ser reproduzidos dentro do app neste computador. Use o player do sistema.</translation>
    </message>
    <message>
        <location filename="../ui/library/video.py" line="126"/>
        <source>This video cannot play inside the app (%1). Use the system player.</source>
        <translation>Este vídeo não pode ser reproduzido dentro do app (%1). Use o player do sistema.</translation>
    </message>
</context>
<context>
    <name>XDialog</name>
    <message>
        <location filename="../ui/accounts/simple_dialogs.py" line="105"/>
        <source>Add X API credentials</source>
        <translation>Adicionar credenciais da API do X</translation>
    </message>
    <message>
        <location filename="../ui/accounts/simple_dialogs.py" line="108"/>
        <source>Optional. Reading and posting through the X API needs a paid developer account. Without one, the app prepares “post on X” links instead. What you enter here is kept in the keyring only.</source>
        <translation>Opcional. Ler e postar pela API do X exige uma conta de desenvolvedor paga. Sem ela, o app prepara links “postar no X”. O que você informar aqui fica guardado só no chaveiro.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/simple_dialogs.py" line="113"/>
        <source>Your @&amp;name on X:</source>
        <translation>Seu @&amp;nome no X:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/simple_dialogs.py" line="114"/>
        <source>Your name on X</source>
        <translation>Seu nome no X</translation>
    </message>
    <message>
        <location filename="../ui/accounts/simple_dialogs.py" line="115"/>
        <source>&amp;Bearer token (reading):</source>
        <translation>Token &amp;bearer (leitura):</translation>
    </message>
    <message>
        <location filename="../ui/accounts/simple_dialogs.py" line="116"/>
        <source>X bearer token</source>
        <translation>Token bearer do X</translation>
    </message>
    <message>
        <location filename="../ui/accounts/simple_dialogs.py" line="117"/>
        <source>&amp;User access token (posting):</source>
        <translation>Token de acesso de &amp;usuário (postagem):</translation>
    </message>
    <message>
        <location filename="../ui/accounts/simple_dialogs.py" line="118"/>
        <source>X user access token</source>
        <translation>Token de acesso de usuário do X</translation>
    </message>
    <message>
        <location filename="../ui/accounts/simple_dialogs.py" line="119"/>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
</context>
</TS>
