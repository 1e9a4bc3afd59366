ARTICLES = []

def A(id, lang, published, title, text, gold):
    ARTICLES.append(dict(id=id, lang=lang, published=published, title=title,
                         text=text.strip("\n"), gold=gold))

def G(quote, resp, task, dl=None, dtext=None, gran=None, co=(), issuer=None, opt=False):
    return dict(quote=quote, optional=opt, issuer=issuer, responsible=list(resp),
                co_executors=list(co), task=task, deadline=dl, deadline_text=dtext,
                deadline_granularity=gran)
