console.log('article-lens');
